package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.PostgresDatabase;
import org.borderwatch.store.jdbc.StoreSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `backup` then `restore` gives back everything, between any two stores; a restore never mixes or half-fills. */
class BackupRestoreTest {
    private static final String SOURCE = "https://example.org/report";

    @TempDir
    Path dir;

    private static void fill(Store store) {
        store.documents().save(StoreSamples.document("doc-a"));
        store.documents().save(StoreSamples.document("doc-v1", SOURCE, "report.txt", "First text of the report."));
        store.documents().save(StoreSamples.document("doc-v2", SOURCE, "report.txt", "Second, changed text."));
        Event a = StoreSamples.fullEvent("ev-a", "doc-a");
        Event b = StoreSamples.fullEvent("ev-b", "doc-v2");
        store.events().replaceForDocument("doc-a", List.of(a), "x1");
        store.events().replaceForDocument("doc-v2", List.of(b), "x1");
        store.events().replaceMerged(List.of(new MergedEvent("m-1", List.of(a, b), List.of())));
        GazetteerEntry.Name name = new GazetteerEntry.Name("Goris", null, GazetteerEntry.NameKind.PRIMARY);
        GazetteerEntry.Name other = new GazetteerEntry.Name("Գորիս", "hye", GazetteerEntry.NameKind.PREFERRED);
        Place goris = new Place("wof:1", "Goris", List.of("Goris", "Գորիս"), new GeoPoint(39.51, 46.34), "Syunik",
                "Armenia", FeatureClass.LOCALITY, 20000, "174875");
        store.gazetteer().replaceSource(new GazetteerSource("wof-am", "Armenia", "CC-BY", Instant.parse("2024-03-01T00:00:00Z"), 1, 1),
                List.of(new GazetteerEntry(goris, List.of(name, other), "wof-am")),
                List.of(new Boundary("wof:2", "wof-am", FeatureClass.COUNTRY, "Armenia", "Armenia", null,
                        "POLYGON ((43 38, 47 38, 47 41, 43 41, 43 38))")), ProgressListener.SILENT);
    }

    private static void assertSameContents(String from, String to) {
        try (Store a = JdbcStore.open(from); Store b = JdbcStore.open(to)) {
            assertThat(b.documents().list()).isEqualTo(a.documents().list());
            for (String id : List.of("doc-a", "doc-v1", "doc-v2")) {
                Document original = a.documents().findById(id).orElseThrow();
                Document restored = b.documents().findById(id).orElseThrow();
                assertThat(restored).usingRecursiveComparison().ignoringFields("offsets").isEqualTo(original);
                assertThat(restored.offsets().rawRunStarts()).containsExactly(original.offsets().rawRunStarts());
                assertThat(b.events().findByDocument(id)).isEqualTo(a.events().findByDocument(id));
            }
            assertThat(b.documents().findById("doc-v2").orElseThrow().version()).isEqualTo(2);
            assertThat(b.documents().findNotExtracted("x1")).extracting(Document::id).containsExactly("doc-v1");
            assertThat(b.events().findAllMerged()).isEqualTo(a.events().findAllMerged()).hasSize(1);
            assertThat(b.events().mergesStale()).isFalse();
            assertThat(b.gazetteer().allPlaces()).isEqualTo(a.gazetteer().allPlaces()).hasSize(1);
            assertThat(b.gazetteer().boundaries()).isEqualTo(a.gazetteer().boundaries()).hasSize(1);
            assertThat(b.gazetteer().sources()).isEqualTo(a.gazetteer().sources());
        }
    }

    private void roundTrip(String from, String to) throws Exception {
        try (Store store = JdbcStore.open(from)) {
            fill(store);
        }
        Path file = dir.resolve("backup.zip");
        CliRun backup = CliRun.of(from, "backup", "--out", file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("3 documents, 2 events, 1 merged events, 1 places, 1 boundaries");

        CliRun restore = CliRun.of(to, "restore", file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("3 documents, 2 events, 1 merged events, 1 places, 1 boundaries");
        assertSameContents(from, to);
    }

    @Test
    void theEmbeddedStoreRoundTrips() throws Exception {
        roundTrip(dir.resolve("from").toString(), dir.resolve("to").toString());
    }

    @Test
    void postgresRoundTripsIntoTheEmbeddedStore() throws Exception {
        roundTrip(PostgresDatabase.freshUrl(), dir.resolve("to").toString());
    }

    @Test
    void theEmbeddedStoreRoundTripsIntoPostgres() throws Exception {
        roundTrip(dir.resolve("from").toString(), PostgresDatabase.freshUrl());
    }

    /** A filled store's backup, written by the command. */
    private Path backupOfAFilledStore() {
        String from = dir.resolve("from").toString();
        try (Store store = JdbcStore.open(from)) {
            fill(store);
        }
        Path file = dir.resolve("backup.zip");
        assertThat(CliRun.of(from, "backup", "--out", file.toString()).exit()).isZero();
        return file;
    }

    @Test
    void aRestoreIntoAStoreWithDataIsRefusedAndChangesNothing() throws Exception {
        Path file = backupOfAFilledStore();
        String occupied = dir.resolve("occupied").toString();
        try (Store store = JdbcStore.open(occupied)) {
            store.documents().save(StoreSamples.document("doc-own"));
        }

        CliRun restore = CliRun.of(occupied, "restore", file.toString());
        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("is not empty").contains("another --db");
        try (Store store = JdbcStore.open(occupied)) {
            assertThat(store.documents().list()).extracting(d -> d.id()).containsExactly("doc-own");
        }
    }

    @Test
    void aBackupCutShortRestoresNothing() throws Exception {
        Path file = backupOfAFilledStore();
        byte[] whole = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        String to = dir.resolve("to").toString();

        CliRun restore = CliRun.of(to, "restore", cut.toString());
        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).startsWith("borderwatch restore: ").doesNotContain("Exception");
        try (Store store = JdbcStore.open(to)) {
            assertThat(store.documents().count()).isZero();
            assertThat(store.gazetteer().isEmpty()).isTrue();
        }
    }

    @Test
    void aBackupDoesNotReplaceAnExistingFileUnlessForced() throws Exception {
        String from = dir.resolve("from").toString();
        Path file = Files.writeString(dir.resolve("precious.zip"), "an older backup");
        CliRun backup = CliRun.of(from, "backup", "--out", file.toString());
        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("exists").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("an older backup");
        assertThat(CliRun.of(from, "backup", "--out", file.toString(), "--force").exit()).isZero();
    }
}
