package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command refuses bad options with one line and a pointer to its help, before it opens anything. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void refusesAPortOutOfRange() {
        assertThat(run("serve", "--port", "70000")).isEqualTo("borderwatch serve: --port must be between 0 and 65535, not 70000");
    }

    @Test
    void refusesANegativeRateLimit() {
        assertThat(run("serve", "--rate-limit", "-1")).isEqualTo("borderwatch serve: --rate-limit must not be negative, not -1.0");
    }

    /** The first line of what a refused run printed. */
    private String run(String... args) {
        CliRun run = CliRun.of(dir.resolve("bw").toString(), args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(2).last().isEqualTo("Try 'borderwatch serve --help' for more information.");
        return run.err().lines().findFirst().orElseThrow();
    }
}
