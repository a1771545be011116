package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderwatch.extract.ExtractionRun;
import org.borderwatch.extract.Extractor;
import org.borderwatch.ingest.FileOutcome;
import org.borderwatch.ingest.IngestReport;
import org.borderwatch.ingest.IngestService;
import org.borderwatch.ingest.SampleCorpus;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that each open the store on their own (as separate processes do) ingest and extract the same
 * reports at the same moment: none fails, each file is stored once (the others find it a duplicate), and
 * the store ends as one writer would have left it.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 4;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersOnTheEmbeddedStoreAreSafeAndQuiet() throws Exception {
        assertLikeOneWriter(dir.resolve("store").toString());
    }

    @Test
    void concurrentWritersOnPostgresAreSafeAndQuiet() throws Exception {
        assertLikeOneWriter(PostgresDatabase.freshUrl());
    }

    private void assertLikeOneWriter(String db) throws Exception {
        Path reports = SampleCorpus.extractTo(dir.resolve("reports"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(reports.resolve("extra-" + i + ".txt"), "Azerbaijani forces shelled the village of Sotk on "
                    + (i + 1) + " September 2022, wounding " + (i + 2) + " soldiers, the Armenian defence ministry said.\n");
        }
        long files;
        try (var listing = Files.list(reports)) {
            files = listing.filter(p -> !p.getFileName().toString().equals(IngestService.MANIFEST_FILE_NAME)).count();
        }
        long oneWriterEvents;
        try (Store alone = JdbcStore.open(dir.resolve("alone").toString())) {
            new IngestService(alone.documents(), null).ingest(List.of(reports));
            new ExtractionRun(Extractor.withDefaults(), alone.documents(), alone.events(), null).run(false);
            oneWriterEvents = alone.events().count();
        }

        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<IngestReport>> ingests = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            ingests.add(pool.submit(writer(db, start, store -> new IngestService(store.documents(), null).ingest(List.of(reports)))));
        }
        List<IngestReport> done = new ArrayList<>();
        for (Future<IngestReport> f : ingests) {
            done.add(f.get());
        }
        List<Future<ExtractionRun.Summary>> extractions = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            extractions.add(pool.submit(writer(db, start, store ->
                    new ExtractionRun(Extractor.withDefaults(), store.documents(), store.events(), null).run(true))));
        }
        for (Future<ExtractionRun.Summary> f : extractions) {
            assertThat(f.get().failures()).isEmpty();
        }
        pool.shutdown();

        assertThat(done.stream().flatMap(r -> r.failures().stream()).map(f -> f.errorLine()).toList()).isEmpty();
        assertThat(done.stream().mapToLong(r -> r.results().stream().filter(f -> f.outcome() == FileOutcome.STORED).count()).sum())
                .isEqualTo(files);
        try (Store store = JdbcStore.open(db)) {
            assertThat(store.documents().count()).isEqualTo(files);
            assertThat(store.events().count()).isEqualTo(oneWriterEvents);
            assertThat(store.events().mergesStale()).isFalse();
        }
    }

    private interface Work<T> {
        T on(Store store) throws Exception;
    }

    /** A writer with its own store, starting with the others. */
    private static <T> Callable<T> writer(String db, CyclicBarrier start, Work<T> work) {
        return () -> {
            try (Store store = JdbcStore.open(db)) {
                start.await();
                return work.on(store);
            }
        };
    }
}
