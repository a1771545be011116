package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command refuses bad options with one line before it opens anything. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void refusesAPortOutOfRange() {
        assertThat(run("serve", "--port", "70000")).contains("--port must be between 0 and 65535");
    }

    @Test
    void refusesANegativeRateLimit() {
        assertThat(run("serve", "--rate-limit", "-1")).contains("--rate-limit must not be negative");
    }

    private String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--db";
            all[1] = dir.resolve("bw").toString();
            System.arraycopy(args, 0, all, 2, args.length);
            exit = new CommandLine(new BorderWatchCommand()).execute(all);
        } finally {
            System.setErr(saved);
        }
        assertThat(exit).isEqualTo(2);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1);
        return text;
    }
}
