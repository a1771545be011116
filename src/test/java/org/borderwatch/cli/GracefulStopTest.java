package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.borderwatch.api.ApiClient;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.StoreSamples;
import org.borderwatch.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On SIGTERM the server answers the requests it is working on, and only then closes the store. */
class GracefulStopTest {
    @TempDir
    Path dir;

    @Test
    void aRequestInFlightWhenSigtermArrivesIsAnsweredInFull() throws Exception {
        String db = dir.resolve("store").toString();
        try (Store store = JdbcStore.open(db)) {
            store.documents().save(StoreSamples.document("doc-kept"));
        }
        try (ChildJvm server = ChildJvm.start(Map.of(), SlowListingServer.class, db)) {
            String serving = server.awaitLine(l -> l.startsWith("BorderWatch is serving "), Duration.ofMinutes(2));
            ApiClient api = new ApiClient(URI.create(serving.substring("BorderWatch is serving ".length()).trim()));
            CompletableFuture<ApiClient.Response> inFlight = CompletableFuture.supplyAsync(() -> api.get("/api/documents"));
            server.awaitLine("slow request started"::equals, Duration.ofMinutes(1));

            assertThat(server.terminate(Duration.ofMinutes(1))).as("exit code after SIGTERM").isZero();

            ApiClient.Response answer = inFlight.get();
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("doc-kept");
        }
    }
}
