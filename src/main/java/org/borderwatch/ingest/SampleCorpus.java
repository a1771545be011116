package org.borderwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample corpus bundled in the jar (five short reports written for the demo, with a
 * manifest), so a first run needs no files of its own: copy it out with {@link #extractTo(Path)}
 * and ingest the folder.
 */
public final class SampleCorpus {
    private static final String FOLDER = "/sample/";
    private static final String MANIFEST = "manifest.json";

    private SampleCorpus() {
    }

    /** The file names of the sample reports, as the bundled manifest lists them. */
    public static List<String> fileNames() {
        try (InputStream in = open(MANIFEST)) {
            JsonNode documents = new ObjectMapper().readTree(in).path("documents");
            List<String> names = new ArrayList<>();
            documents.forEach(d -> names.add(d.path("file").asText()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample manifest", e);
        }
    }

    /**
     * Copies the manifest and the reports into {@code folder} (created if needed; files of the same
     * names are replaced) and returns the folder, ready for {@link IngestService#ingest(List)}.
     */
    public static Path extractTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> names = new ArrayList<>(fileNames());
        names.add(MANIFEST);
        for (String name : names) {
            try (InputStream in = open(name)) {
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("the bundled sample lacks " + name + " (a broken build?)");
        }
        return in;
    }
}
