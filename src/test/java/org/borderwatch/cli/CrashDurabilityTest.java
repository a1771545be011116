package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.borderwatch.api.ApiClient;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.PostgresDatabase;
import org.borderwatch.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives a crash: `serve` runs in a child JVM, documents are posted to it from
 * four threads, and once enough of them were answered 201 the child is killed with SIGKILL in the middle
 * of further writes. Every document answered 201 must be in the store when it is opened again.
 */
class CrashDurabilityTest {
    private static final String TOKEN = "crash-test-token";
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedUploadSurvivesSigkillOnTheEmbeddedStore() throws Exception {
        assertAcknowledgedWritesSurviveACrash(dir.resolve("store").toString());
    }

    @Test
    void everyAcknowledgedUploadSurvivesSigkillOnPostgres() throws Exception {
        assertAcknowledgedWritesSurviveACrash(PostgresDatabase.freshUrl());
    }

    /** `ingest` prints what it stored, then extracts: a crash during the extraction keeps every document it reported. */
    @Test
    void documentsReportedStoredByIngestSurviveSigkillDuringExtraction() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(reports.resolve("report-" + i + ".txt"), "Azerbaijani forces shelled the village of Sotk"
                    + " on 13 September 2022, the ministry of defence of Armenia said in report " + i + ".\n");
        }
        String store = dir.resolve("store").toString();
        String summary;
        try (ChildJvm ingest = ChildJvm.start(Map.of(), BorderWatchCommand.class, "--db", store, "ingest",
                reports.toString())) {
            summary = ingest.awaitLine(l -> l.matches("\\d+ files: \\d+ stored.*"), Duration.ofMinutes(2));
            ingest.kill();
        }
        assertThat(summary).startsWith("400 files: 400 stored");
        try (Store reopened = JdbcStore.open(store)) {
            assertThat(reopened.documents().count()).isEqualTo(400);
        }
    }

    private void assertAcknowledgedWritesSurviveACrash(String store) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ChildJvm server = ChildJvm.start(Map.of("BORDERWATCH_TOKEN", TOKEN), BorderWatchCommand.class,
                "--db", store, "serve", "--port", "0", "--rate-limit", "0")) {
            String serving = server.awaitLine(l -> l.startsWith("BorderWatch is serving "), Duration.ofMinutes(2));
            ApiClient api = new ApiClient(URI.create(serving.substring("BorderWatch is serving ".length()).trim()));
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String body = "{\"title\":\"Report " + writer + "-" + i + "\",\"text\":\"Shelling near village "
                                + writer + " number " + i + " was reported on the morning of the "
                                + (i % 28 + 1) + "th.\"}";
                        try {
                            ApiClient.Response r = api.post("/api/documents", body, TOKEN);
                            if (r.status() == 201) {
                                acknowledged.add(r.json().get("id").asText());
                                enough.countDown();
                            }
                        } catch (RuntimeException e) {
                            return; // the server is gone
                        }
                    }
                });
                t.start();
                writers.add(t);
            }
            assertThat(enough.await(2, java.util.concurrent.TimeUnit.MINUTES)).as("uploads acknowledged").isTrue();
            server.kill();
            stop.set(true);
            for (Thread t : writers) {
                t.join(60_000);
            }
        }
        try (Store reopened = JdbcStore.open(store)) {
            List<String> missing = acknowledged.stream()
                    .filter(id -> reopened.documents().findById(id).isEmpty()).sorted().toList();
            assertThat(missing).as("documents answered 201 but missing after the crash, of " + acknowledged.size())
                    .isEmpty();
        }
    }
}
