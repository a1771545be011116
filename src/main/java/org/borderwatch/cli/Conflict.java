package org.borderwatch.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.geo.GeoConfig;

/**
 * Which conflict's configuration to use: one shipped with BorderWatch, named by its folder under
 * {@code conflicts/} ({@code folder} null), or a folder on disk holding the same files. The {@code id} (the
 * shipped name, or the folder's absolute path) is what a store records for each document, and
 * {@link #ofStored} reads it back.
 */
record Conflict(String id, Path folder) {
    static final Conflict DEFAULT = new Conflict(GeoConfig.DEFAULT_CONFLICT, null);
    private static final String SHIPPED = "/conflicts/";

    /**
     * An argument of {@code --conflict}: a folder holding conflict.yaml, else the id of a shipped conflict.
     *
     * @throws IllegalArgumentException naming the shipped ids when it is neither
     */
    static Conflict parse(String idOrFolder) {
        String given = idOrFolder == null ? "" : idOrFolder.strip();
        Path folder = given.isEmpty() ? null : Path.of(given);
        if (folder != null && Files.isRegularFile(folder.resolve("conflict.yaml"))) {
            Path absolute = folder.toAbsolutePath().normalize();
            return new Conflict(absolute.toString(), absolute);
        }
        if (isShipped(given)) {
            return new Conflict(given, null);
        }
        String why = folder != null && Files.isDirectory(folder) ? "the folder " + given + " has no conflict.yaml"
                : "'" + given + "' is neither a shipped conflict nor a folder with conflict.yaml";
        throw new IllegalArgumentException(why + "; shipped conflicts: " + String.join(", ", shippedIds()));
    }

    /** The conflict a store recorded for a document; null (documents stored before the choice) is the default. */
    static Conflict ofStored(String stored) {
        return stored == null || stored.isBlank() ? DEFAULT : parse(stored);
    }

    /** Whether a stored document belongs to this conflict (one stored without a conflict to the default). */
    boolean owns(Document document) {
        return id.equals(document.conflict() == null ? DEFAULT.id : document.conflict());
    }

    ConflictConfig config() {
        return folder == null ? ConflictConfig.fromClasspath(id) : ConflictConfig.load(folder);
    }

    /**
     * The actors of this conflict, then those of every shipped one, typed as their configurations type them: what
     * exports and border analysis consult for an actor's kind and country, whichever conflict its event is of.
     */
    ActorDirectory actors() {
        ActorDirectory all = config().actorDirectory();
        for (String other : shippedIds()) {
            if (!other.equals(id)) {
                all = all.or(ConflictConfig.fromClasspath(other).actorDirectory());
            }
        }
        return all;
    }

    GeoConfig geoConfig() {
        return folder == null ? GeoConfig.forConflict(id) : GeoConfig.fromFolder(folder);
    }

    /**
     * The geography configuration to fill a gazetteer with: this conflict's and every shipped one's (names,
     * display names and features), so that one store's gazetteer serves each conflict it holds documents of.
     */
    GeoConfig gazetteerConfig() {
        List<GeoConfig> configs = new ArrayList<>();
        configs.add(geoConfig());
        shippedIds().stream().filter(other -> !other.equals(id)).map(GeoConfig::forConflict).forEach(configs::add);
        return GeoConfig.combined(configs);
    }

    private static boolean isShipped(String id) {
        return id.matches("[A-Za-z0-9._-]+") && Conflict.class.getResource(SHIPPED + id + "/conflict.yaml") != null;
    }

    /** The ids of the conflicts shipped with BorderWatch: the folders under conflicts/ on the class path. */
    static List<String> shippedIds() {
        URL marker = Conflict.class.getResource(SHIPPED + GeoConfig.DEFAULT_CONFLICT + "/conflict.yaml");
        if (marker == null) {
            return List.of();
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                // inside the jar the folder is only listable through a zip file system
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return list(jar.getPath(SHIPPED));
            }
            return list(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return List.of(GeoConfig.DEFAULT_CONFLICT);
        }
    }

    private static List<String> list(Path conflicts) throws IOException {
        try (Stream<Path> folders = Files.list(conflicts)) {
            return folders.filter(p -> Files.isRegularFile(p.resolve("conflict.yaml")))
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .sorted().toList();
        }
    }
}
