package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.clean.Cleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input fails alone, with a one-line reason, and the batch goes on. */
class BadInputTest {
    @TempDir
    Path dir;

    private final InMemoryDocumentRepository repository = new InMemoryDocumentRepository();
    private final IngestService service = new IngestService(repository, null);

    private FileResult only(IngestService svc, Path file) {
        IngestReport report = svc.ingest(List.of(file));
        assertThat(report.results()).hasSize(1);
        return report.results().get(0);
    }

    private FileResult only(Path file) {
        return only(service, file);
    }

    @Test
    void binaryFile() throws Exception {
        FileResult r = only(TestFiles.bytes(dir, "image.txt", new byte[] {'P', 'N', 'G', 0, 1, 2, 3}));
        assertThat(r.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(r.reason()).contains("binary");
    }

    @Test
    void manyControlCharactersCountAsBinary() throws Exception {
        byte[] content = new byte[100];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThat(only(TestFiles.bytes(dir, "odd.txt", content)).reason()).contains("binary");
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(only(TestFiles.text(dir, "empty.txt", "")).reason()).isEqualTo("empty file");
        assertThat(only(TestFiles.text(dir, "blank.txt", " \n\n ")).reason()).contains("only whitespace");
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        FileResult r = only(service.withMaxBytes(50), TestFiles.text(dir, "long.txt", "word ".repeat(20)));
        assertThat(r.reason()).isEqualTo("too large: 100 bytes, the limit is 50 bytes");
    }

    @Test
    void invalidUtf8NamesTheByte() throws Exception {
        byte[] good = "Troops moved ".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[good.length + 3];
        System.arraycopy(good, 0, content, 0, good.length);
        content[good.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        content[good.length + 1] = 'x';
        content[good.length + 2] = '.';
        FileResult r = only(TestFiles.bytes(dir, "latin1.txt", content));
        assertThat(r.reason()).isEqualTo("not valid UTF-8 at byte " + good.length);
        assertThat(r.errorLine()).isEqualTo("borderwatch: " + dir.resolve("latin1.txt") + ": not valid UTF-8 at byte 13");
    }

    @Test
    void missingPath() {
        FileResult r = only(dir.resolve("nowhere.txt"));
        assertThat(r.reason()).isEqualTo("no such file or directory");
    }

    @Test
    void unsupportedExtension() throws Exception {
        FileResult r = only(TestFiles.text(dir, "report.docx", "text"));
        assertThat(r.reason()).startsWith("unsupported file type '.docx' (supported: ").contains(".pdf");
    }

    @Test
    void brokenPdf() throws Exception {
        FileResult r = only(TestFiles.text(dir, "broken.pdf", "%PDF-1.7\nthis is not really a pdf\n"));
        assertThat(r.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(r.reason()).startsWith("not a readable PDF");
        assertThat(r.errorLine()).doesNotContain("\n");
    }

    @Test
    void aStoreErrorFailsOnlyThatFile() throws Exception {
        repository.failNextSave(new IllegalStateException("disk full"));
        IngestReport report = service.ingest(List.of(
                TestFiles.text(dir, "a.txt", "First report about a clash."),
                TestFiles.text(dir, "b.txt", "Second report about a truce.")));
        assertThat(report.failures()).extracting(FileResult::reason).containsExactly("could not store it: disk full");
        assertThat(report.stored()).isEqualTo(1);
    }

    @Test
    void aDefectInCleaningOneFileFailsOnlyThatFile() throws Exception {
        Cleaner picky = FailingCleaner.onWord("boom", () -> {
            throw new IllegalStateException("cannot handle boom");
        });
        IngestReport report = service.withCleaner(picky).ingest(List.of(
                TestFiles.text(dir, "a.txt", "boom"), TestFiles.text(dir, "b.txt", "A quiet day on the border.")));
        assertThat(report.failures()).extracting(FileResult::reason)
                .containsExactly("could not process it (IllegalStateException: cannot handle boom); please report this");
        assertThat(report.stored()).isEqualTo(1);
    }

    @Test
    void theBatchGoesOnAndNothingStoredBeforeIsLost() throws Exception {
        Path earlier = TestFiles.text(dir, "earlier.txt", "An earlier report on a ceasefire.");
        service.ingest(List.of(earlier));
        String earlierId = repository.find("earlier.txt").orElseThrow().id();

        IngestReport report = service.ingest(List.of(
                TestFiles.text(dir, "good1.txt", "A report on a convoy that was stopped."),
                TestFiles.bytes(dir, "bin.txt", new byte[] {0, 0, 0}),
                dir.resolve("missing"),
                TestFiles.text(dir, "x.xlsx", "cells"),
                TestFiles.text(dir, "good2.html", "<p>A page about a prisoner exchange.</p>"),
                TestFiles.text(dir, "bad.pdf", "not a pdf")));

        assertThat(report.files()).isEqualTo(6);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(4);
        assertThat(report.anyFailed()).isTrue();
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.errorLine()).startsWith("borderwatch: ").doesNotContain("\n"));
        assertThat(repository.count()).isEqualTo(3);
        assertThat(repository.findById(earlierId)).isPresent();
        assertThat(report.summaryLine()).startsWith("6 files: 2 stored, 0 duplicates, 4 failed in ");
    }
}
