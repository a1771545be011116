package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.ingest.SampleCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest, documents and show-document commands end to end on an embedded store. */
class IngestCommandRunTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db/bw").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CommandLine(new BorderWatchCommand()).execute(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestListAndShow() throws Exception {
        Path sample = SampleCorpus.extractTo(dir.resolve("sample"));
        assertThat(run("ingest", sample.toString())).isZero();
        assertThat(out()).matches("5 files: 5 stored, 0 duplicates, 0 failed in \\d+\\.\\d s\\R"
                + "extract: 5 documents, [1-9]\\d* events, \\d+ merged events in .*\\R");

        assertThat(run("documents")).isZero();
        assertThat(out().lines().toList()).hasSize(6);
        assertThat(out()).contains("2021-11-border-fighting.html", "BorderWatch sample corpus", "2023-05");

        assertThat(run("show-document", "2021-11-border-fighting.html")).isZero();
        assertThat(out()).startsWith("Deadliest border fighting since the 2020 war\n\n").doesNotContain("<p>", "[3]");
        assertThat(run("show-document", "--raw", "2021-11-border-fighting.html")).isZero();
        assertThat(out()).contains("[3]");
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheExitCodeIsOne() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "A short report about a truce that held.");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
        assertThat(run("ingest", good.toString(), bad.toString(), dir.resolve("missing.pdf").toString())).isEqualTo(1);
        assertThat(err().lines().filter(l -> l.startsWith("borderwatch: ")).toList()).containsExactly(
                "borderwatch: " + bad + ": not valid UTF-8 at byte 1",
                "borderwatch: " + dir.resolve("missing.pdf") + ": no such file or directory");
        assertThat(out()).startsWith("3 files: 1 stored, 0 duplicates, 2 failed in ");
    }

    @Test
    void aBrokenManifestStopsBeforeAnythingIsRead() throws Exception {
        Path manifest = Files.writeString(dir.resolve("m.json"), "{\"documents\": [");
        assertThat(run("ingest", "--manifest", manifest.toString(), dir.toString())).isEqualTo(1);
        assertThat(err()).startsWith("borderwatch: " + manifest + ": not a valid manifest");
    }

    @Test
    void unknownDocument() {
        assertThat(run("show-document", "nothing-here")).isEqualTo(1);
        assertThat(err()).contains("borderwatch: nothing-here: no such document");
    }
}
