package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.StoreSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents saved through the engine's store (files, or the API under `serve --conflict`) join the chosen conflict. */
class ConflictStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentWithoutAConflictJoinsTheChosenOneAndADocumentWithOneKeepsIt() {
        try (Store store = ConflictStore.of(JdbcStore.open(dir.resolve("bw").toString()), "kyrgyzstan-tajikistan")) {
            store.documents().save(StoreSamples.document("plain"));
            store.documents().save(StoreSamples.document("own").withConflict("armenia-azerbaijan"));

            assertThat(store.documents().findById("plain").orElseThrow().conflict()).isEqualTo("kyrgyzstan-tajikistan");
            assertThat(store.documents().findById("own").orElseThrow().conflict()).isEqualTo("armenia-azerbaijan");
        }
    }
}
