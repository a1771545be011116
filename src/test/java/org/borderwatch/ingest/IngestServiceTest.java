package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
    @TempDir
    Path dir;

    private final InMemoryDocumentRepository repository = new InMemoryDocumentRepository();
    private final List<String> progressItems = new ArrayList<>();
    private final IngestService service = new IngestService(repository,
            (done, total, item) -> progressItems.add(done + "/" + total + " " + item));

    private static final String REPORT = "Shelling Near the Pass\n\nOn 4 March artillery hit two posts near the pass.\n"
            + "The ministry denied any losses.[2]\n";

    private static Manifest manifest(String json) throws IngestException {
        return Manifest.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void storesAPlainTextReportWithCleanTextIdAndHash() throws Exception {
        Path file = TestFiles.text(dir, "pass.txt", REPORT);
        IngestReport report = service.ingest(List.of(file));
        assertThat(report.stored()).isEqualTo(1);
        Document stored = repository.find("pass.txt").orElseThrow();
        assertThat(stored.rawText()).isEqualTo(REPORT);
        assertThat(stored.cleanText()).isEqualTo("Shelling Near the Pass\n\n"
                + "On 4 March artillery hit two posts near the pass. The ministry denied any losses.");
        assertThat(stored.contentHash()).hasSize(64).startsWith(stored.id());
        assertThat(stored.id()).hasSize(16).matches("[0-9a-f]+");
        assertThat(stored.sourceUrl()).isEqualTo("file:pass.txt");
        assertThat(stored.title()).isEqualTo("Shelling Near the Pass");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(progressItems).contains("0/1 pass.txt", "1/1 null");
    }

    @Test
    void manifestMetadataWinsAndPrecisionRoundsTheDate() throws Exception {
        Path file = TestFiles.text(dir, "pass.txt", REPORT);
        Manifest manifest = manifest("{\"documents\":[{\"file\":\"pass.txt\",\"title\":\"Pass report\","
                + "\"publisher\":\"Valley Post\",\"author\":\"\",\"published\":\"2022-09-20\","
                + "\"published_precision\":\"month\",\"language\":\"en\",\"url\":\"https://valley.example/pass\"}]}");
        service.ingest(List.of(file), manifest);
        Document stored = repository.find("pass.txt").orElseThrow();
        assertThat(stored.title()).isEqualTo("Pass report");
        assertThat(stored.publisher()).isEqualTo("Valley Post");
        assertThat(stored.author()).isNull();
        assertThat(stored.language()).isEqualTo("en");
        assertThat(stored.sourceUrl()).isEqualTo("https://valley.example/pass");
        assertThat(stored.published().start()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(stored.published().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void sameContentTwiceIsStoredOnce() throws Exception {
        Path first = TestFiles.text(dir, "a.txt", REPORT);
        Path copy = TestFiles.text(dir, "b.txt", REPORT);
        IngestReport report = service.ingest(List.of(first, copy));
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(repository.count()).isEqualTo(1);
        assertThat(service.ingest(List.of(first)).duplicates()).isEqualTo(1);
    }

    @Test
    void changedContentAtTheSameSourceBecomesTheNextVersion() throws Exception {
        Path file = TestFiles.text(dir, "pass.txt", REPORT);
        service.ingest(List.of(file));
        Files.writeString(file, REPORT + "Later the shelling resumed.\n");
        IngestReport report = service.ingest(List.of(file));
        assertThat(report.newVersions()).isEqualTo(1);
        assertThat(repository.count()).isEqualTo(2);
        Document latest = repository.findById(report.results().get(0).documentId()).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(report.summaryLine()).startsWith("1 file: 0 stored, 1 new version, 0 duplicates, 0 failed in ");
    }

    @Test
    void foldersAreSearchedRecursivelyAndTheirManifestIsUsed() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("reports/2022"));
        TestFiles.text(sub, "one.txt", REPORT);
        TestFiles.text(dir.resolve("reports"), "two.html",
                "<html lang=\"en-GB\"><head><title>Two</title></head><body><p>Troops withdrew on 5 May.</p></body></html>");
        TestFiles.text(dir.resolve("reports"), "notes.docx", "ignored in folders");
        TestFiles.text(dir.resolve("reports"), "manifest.json",
                "{\"documents\":[{\"file\":\"one.txt\",\"publisher\":\"Folder Manifest\"}]}");
        IngestReport report = service.ingest(List.of(dir.resolve("reports")));
        assertThat(report.files()).isEqualTo(2);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(repository.find("one.txt").orElseThrow().publisher()).isEqualTo("Folder Manifest");
        Document html = repository.find("two.html").orElseThrow();
        assertThat(html.title()).isEqualTo("Two");
        assertThat(html.language()).isEqualTo("en");
        assertThat(html.cleanText()).isEqualTo("Troops withdrew on 5 May.");
    }

    @Test
    void readsPdfTextAndInformation() throws Exception {
        Path pdf = TestFiles.pdf(dir, "brief.pdf", "Brief on the Valley",
                "Observers counted twelve shells on 2 June.", "The army said it returned fire.");
        IngestReport report = service.ingest(List.of(pdf));
        assertThat(report.stored()).isEqualTo(1);
        Document stored = repository.find("brief.pdf").orElseThrow();
        assertThat(stored.title()).isEqualTo("Brief on the Valley");
        assertThat(stored.author()).isEqualTo("Test Author");
        assertThat(stored.cleanText()).isEqualTo("Observers counted twelve shells on 2 June. The army said it returned fire.");
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);
        service.ingest(List.of(TestFiles.bytes(dir, "bom.txt", content)));
        assertThat(repository.find("bom.txt").orElseThrow().rawText()).isEqualTo(REPORT);
    }
}
