package org.borderwatch.analysis.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the project's shared reference folder: -Dbw.shared, else ../shared or ../../shared. */
final class SharedFiles {
    private SharedFiles() {
    }

    static Optional<Path> find(String relative) {
        String property = System.getProperty("bw.shared");
        return Stream.of(property == null ? null : Path.of(property), Path.of("..", "shared"), Path.of("..", "..", "shared"))
                .filter(p -> p != null)
                .map(p -> p.resolve(relative))
                .filter(Files::exists)
                .findFirst();
    }
}
