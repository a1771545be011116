package org.borderwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into the files to ingest: files as named, folders searched
 * recursively for files of the supported kinds (other files there, and hidden ones, are passed
 * over quietly). A missing path, or a file named explicitly whose kind is not supported, becomes a
 * failure with a reason, so the rest of the batch can go on.
 */
final class SourceFiles {
    /** A file to ingest, or a path that cannot be, with the reason. */
    record Source(Path path, String problem) {
    }

    private final Set<String> extensions;

    SourceFiles(Set<String> extensions) {
        this.extensions = Set.copyOf(extensions);
    }

    List<Source> expand(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path));
            } else if (!Files.exists(path)) {
                sources.add(new Source(path, "no such file or directory"));
            } else if (!Files.isRegularFile(path)) {
                sources.add(new Source(path, "not a regular file"));
            } else if (!supported(path)) {
                sources.add(new Source(path, "unsupported file type" + describe(path)
                        + " (supported: " + String.join(", ", extensions.stream().sorted().map(e -> "." + e).toList()) + ")"));
            } else {
                sources.add(new Source(path, null));
            }
        }
        return sources;
    }

    private List<Source> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(this::supported)
                    .sorted()
                    .map(p -> new Source(p, null))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(new Source(folder, "cannot read the folder: " + e.getMessage()));
        }
    }

    boolean supported(Path file) {
        return extensions.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(Path file) {
        String extension = extension(file);
        return extension.isEmpty() ? " (no extension)" : " '." + extension + "'";
    }
}
