package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.merge.EventMerger;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.PostgresDatabase;
import org.borderwatch.store.jdbc.StoreSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run cut off between storing a document's events and recomputing the cross-document merges leaves the
 * merges stale; the next `extract` (with nothing new to extract) must notice and recompute them.
 */
class StaleMergesTest {
    @TempDir
    Path dir;

    @Test
    void theNextExtractRepairsMergesACrashLeftStaleOnTheEmbeddedStore() {
        assertRepaired(dir.resolve("store").toString());
    }

    @Test
    void theNextExtractRepairsMergesACrashLeftStaleOnPostgres() {
        assertRepaired(PostgresDatabase.freshUrl());
    }

    private static void assertRepaired(String db) {
        try (Store store = JdbcStore.open(db)) {
            for (String doc : List.of("doc-a", "doc-b", "doc-c")) {
                store.documents().save(StoreSamples.document(doc));
            }
            Event a = StoreSamples.fullEvent("ev-a", "doc-a");
            Event b = StoreSamples.fullEvent("ev-b", "doc-b");
            store.events().replaceForDocument("doc-a", List.of(a), Extractor.VERSION);
            store.events().replaceForDocument("doc-b", List.of(b), Extractor.VERSION);
            store.events().replaceMerged(new EventMerger().merge(List.of(a, b)));
            assertThat(store.events().mergesStale()).isFalse();
            // what a crash leaves behind: doc-c's report and its extraction mark are stored, the merges are not redone
            store.events().replaceForDocument("doc-c", List.of(StoreSamples.fullEvent("ev-c", "doc-c")), Extractor.VERSION);
            assertThat(store.events().findMergedContaining("ev-c")).isEmpty();
            assertThat(store.events().mergesStale()).isTrue();
        }

        CliRun extract = CliRun.of(db, "extract");
        assertThat(extract.exit()).as(extract.err()).isZero();

        try (Store store = JdbcStore.open(db)) {
            assertThat(store.events().findMergedContaining("ev-c")).hasValueSatisfying(m ->
                    assertThat(m.reports()).extracting(Event::id).containsExactlyInAnyOrder("ev-a", "ev-b", "ev-c"));
            assertThat(store.events().mergesStale()).isFalse();
        }
    }
}
