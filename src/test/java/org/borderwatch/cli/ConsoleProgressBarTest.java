package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {

    @Test
    void rendersAFilledShareAndCounts() {
        String line = ConsoleProgressBar.render("ingest", 15, 30, "a.txt", 1.25);
        assertThat(line).startsWith("ingest [###############               ] 15/30 1.3s a.txt");
    }

    @Test
    void unknownTotalShowsTheCountAlone() {
        assertThat(ConsoleProgressBar.render("scan", 7, -1, null, 0).strip()).isEqualTo("scan 7 0.0s");
    }

    @Test
    void outsideATerminalOnlyTheFinalStateIsPrinted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ConsoleProgressBar bar = new ConsoleProgressBar(out, "import", 2)) {
            bar.progress(1, 4, "x");
            bar.progress(4, 4, null);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(1);
        assertThat(printed).contains("4/4").doesNotContain("\r");
    }

    @Test
    void shortWorkDrawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleProgressBar bar = new ConsoleProgressBar(new PrintStream(bytes), "ingest", 5)) {
            bar.progress(1, 2, "a");
        }
        assertThat(bytes.size()).isZero();
    }
}
