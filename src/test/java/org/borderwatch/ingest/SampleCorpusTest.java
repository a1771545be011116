package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.domain.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample ingests cleanly and its deliberate defects are cleaned away. */
class SampleCorpusTest {
    @TempDir
    Path dir;

    private final InMemoryDocumentRepository repository = new InMemoryDocumentRepository();

    private List<Document> ingestSample() throws Exception {
        Path folder = SampleCorpus.extractTo(dir.resolve("sample"));
        IngestReport report = new IngestService(repository, null).ingest(List.of(folder));
        assertThat(report.failures()).isEmpty();
        assertThat(report.stored()).isEqualTo(5);
        return SampleCorpus.fileNames().stream().map(n -> repository.find(n).orElseThrow()).toList();
    }

    @Test
    void fiveReportsOfTwoToFiveHundredWordsWithManifestMetadata() throws Exception {
        List<Document> documents = ingestSample();
        assertThat(documents).hasSize(5).allSatisfy(d -> {
            assertThat(d.wordCount()).isBetween(200, 500);
            assertThat(d.publisher()).isEqualTo("BorderWatch sample corpus");
            assertThat(d.published()).isNotNull();
            assertThat(d.language()).isEqualTo("en");
        });
        assertThat(Files.list(dir.resolve("sample")).count()).isEqualTo(6);
    }

    @Test
    void defectsAreCleanedAway() throws Exception {
        ingestSample();
        for (Document d : repository.list().stream().map(s -> repository.findById(s.id()).orElseThrow()).toList()) {
            assertThat(d.cleanText())
                    .doesNotContain("Template:", "File:", "Share this", " / ", "©")
                    .doesNotContainPattern(Pattern.compile("\\[\\d+\\]"))
                    .doesNotContainPattern(Pattern.compile("\\p{IsCyrillic}"))
                    .doesNotContainPattern(Pattern.compile("\\p{L}-\\s"));
        }
        Document pdfLike = repository.find("2021-05-lake-sev-incursion.txt").orElseThrow();
        assertThat(pdfLike.rawText()).contains("prov-\nince");
        assertThat(pdfLike.cleanText()).contains("province", "Nagorno-Karabakh", "was never marked on the ground");
        String quoteStart = "Nobody on either side could point to a border";
        assertThat(pdfLike.rawText().split(quoteStart, -1)).hasSize(3);
        assertThat(pdfLike.cleanText().split(quoteStart, -1)).hasSize(2);
        Document timeline = repository.find("2023-border-crisis-timeline.txt").orElseThrow();
        assertThat(timeline.cleanText().split("\n\n")).contains("September 2022", "December 2022", "April 2023");
    }
}
