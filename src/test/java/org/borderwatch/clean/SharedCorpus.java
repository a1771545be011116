package org.borderwatch.clean;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the shared development corpus for tests, or skips them when it is absent (it is reference
 * material of the development machine, not part of the product).
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The corpus folder; skips the calling test when it cannot be found. */
    public static Path folder() {
        Path found = Stream.of(System.getProperty("bw.shared"), "../shared", "../../shared")
                .filter(p -> p != null && !p.isBlank())
                .map(p -> Path.of(p).resolve("corpus"))
                .filter(p -> Files.isRegularFile(p.resolve("manifest.json")))
                .findFirst()
                .orElse(null);
        assumeTrue(found != null, "shared corpus not found (set -Dbw.shared=/path/to/shared); skipping");
        return found;
    }

    public static Path file(String prefix) {
        try (Stream<Path> files = Files.list(folder())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(file != null, "no corpus file starting with " + prefix + "; skipping");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
