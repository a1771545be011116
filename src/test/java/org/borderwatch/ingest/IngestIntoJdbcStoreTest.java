package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion against the real embedded store: duplicates, versions and texts survive the round trip. */
class IngestIntoJdbcStoreTest {
    @TempDir
    Path dir;

    @Test
    void sampleRoundTripWithDuplicatesAndVersions() throws Exception {
        Path sample = SampleCorpus.extractTo(dir.resolve("sample"));
        try (Store store = JdbcStore.open(dir.resolve("db/bw").toString())) {
            IngestService service = new IngestService(store.documents(), null);
            IngestReport first = service.ingest(List.of(sample));
            assertThat(first.failures()).isEmpty();
            assertThat(first.stored()).isEqualTo(5);

            IngestReport again = service.ingest(List.of(sample));
            assertThat(again.duplicates()).isEqualTo(5);
            assertThat(store.documents().count()).isEqualTo(5);

            Path report = sample.resolve("2023-04-hakari-checkpoint.txt");
            Files.writeString(report, Files.readString(report) + "\nA later update said talks had resumed.\n");
            IngestReport changed = service.ingest(List.of(report), Manifest.load(sample.resolve("manifest.json")));
            assertThat(changed.newVersions()).isEqualTo(1);

            Document latest = store.documents().find("2023-04-hakari-checkpoint.txt").orElseThrow();
            assertThat(latest.version()).isEqualTo(2);
            assertThat(latest.cleanText()).endsWith("A later update said talks had resumed.");
            assertThat(latest.offsets().toRaw(0)).isZero();
            assertThat(latest.title()).isEqualTo("Azerbaijan Sets Up Checkpoint on Lachin Road");
        }
    }
}
