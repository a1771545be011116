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

/**
 * A document too big for the memory (or stack) given, or whose events the store would refuse, fails alone; the run
 * goes on with the others.
 */
class ExtractionRunFaultsTest {
    @TempDir
    Path dir;

    private static Document doc(String id, String text) {
        return new Document(id, null, id + ".txt", id, null, null, "en", null, id + "-hash", text, text,
                OffsetMap.identity(text.length()), 1, Instant.EPOCH);
    }

    @Test
    void runningOutOfMemoryOrStackOnOneDocumentFailsOnlyThatOne() {
        try (Store store = JdbcStore.open(dir.resolve("db").toString())) {
            store.documents().save(doc("a-huge", "Too much for the heap."));
            store.documents().save(doc("b-deep", "Too deep for the stack."));
            store.documents().save(doc("c-good", "On 3 March 2024, Azerbaijani troops shelled Sotk."));
            Extractor real = Extractor.withDefaults();
            ExtractionRun run = new ExtractionRun(d -> {
                if (d.id().equals("a-huge")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                if (d.id().equals("b-deep")) {
                    throw new StackOverflowError();
                }
                return real.extract(d);
            }, store.documents(), store.events(), null);

            ExtractionRun.Summary summary = run.run(true);

            assertThat(summary.failures()).hasSize(2);
            assertThat(summary.failures().get(0)).contains("a-huge").contains("OutOfMemoryError");
            assertThat(summary.failures().get(1)).contains("b-deep").contains("StackOverflowError");
            assertThat(store.events().findByDocument("c-good")).isNotEmpty();
            assertThat(store.documents().findNotExtracted(Extractor.VERSION)).extracting(Document::id)
                    .containsExactly("a-huge", "b-deep");
        }
    }

    @Test
    void aDocumentWhoseEventsShareAnIdFailsAloneInsteadOfStoppingTheRun() {
        try (Store store = JdbcStore.open(dir.resolve("db").toString())) {
            store.documents().save(doc("a-twice", "On 5 April 2024, Azerbaijani troops shelled Kut."));
            store.documents().save(doc("b-good", "On 6 April 2024, Azerbaijani troops shelled Sotk."));
            Extractor real = Extractor.withDefaults();
            ExtractionRun run = new ExtractionRun(d -> {
                List<org.borderwatch.domain.Event> found = real.extract(d);
                return d.id().equals("a-twice") ? List.of(found.get(0), found.get(0)) : found;
            }, store.documents(), store.events(), null);

            ExtractionRun.Summary summary = run.run(true);

            assertThat(summary.failures()).singleElement().asString().contains("a-twice").contains("share the id");
            assertThat(store.events().findByDocument("b-good")).isNotEmpty();
            assertThat(store.documents().findNotExtracted(Extractor.VERSION)).extracting(Document::id)
                    .containsExactly("a-twice");
        }
    }
}
