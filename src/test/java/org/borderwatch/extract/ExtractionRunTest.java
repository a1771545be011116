package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over stored documents survives a document whose extraction fails, and leaves it queued. */
class ExtractionRunTest {
    @TempDir
    Path dir;

    private static Document doc(String id, String text) {
        return new Document(id, null, id + ".txt", id, null, null, "en", null, id + "-hash", text, text,
                OffsetMap.identity(text.length()), text.split(" ").length, Instant.EPOCH);
    }

    @Test
    void aFailingDocumentIsReportedAndTheOthersAreExtracted() {
        try (Store store = JdbcStore.open(dir.resolve("db").toString())) {
            store.documents().save(doc("good", "On 3 March 2024, Azerbaijani troops shelled Sotk."));
            store.documents().save(doc("bad", "This one trips the extractor."));
            Extractor real = Extractor.withDefaults();
            ExtractionRun run = new ExtractionRun(d -> {
                if (d.id().equals("bad")) {
                    throw new IllegalStateException("boom");
                }
                return real.extract(d);
            }, store.documents(), store.events(), null);

            ExtractionRun.Summary summary = run.run(false);

            assertThat(summary.failures()).singleElement().asString().contains("bad.txt").contains("boom");
            assertThat(store.events().findByDocument("good")).isNotEmpty();
            assertThat(store.documents().findNotExtracted(Extractor.VERSION)).extracting(Document::id)
                    .containsExactly("bad");
        }
    }
}
