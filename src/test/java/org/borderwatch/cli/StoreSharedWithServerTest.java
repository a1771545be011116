package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.borderwatch.api.ApiClient;
import org.borderwatch.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While `serve` runs on the embedded store in another process, other commands read and write the same store. */
class StoreSharedWithServerTest {
    @TempDir
    Path dir;

    @Test
    void commandsReadAndWriteAStoreAServerHasOpen() throws Exception {
        String store = dir.resolve("store").toString();
        Path report = Files.writeString(dir.resolve("sotk.txt"), "Azerbaijani forces shelled Sotk on 13 September 2022,"
                + " the defence ministry of Armenia said.\n");
        try (ChildJvm server = ChildJvm.start(Map.of("BORDERWATCH_TOKEN", "t"), BorderWatchCommand.class,
                "--db", store, "serve", "--port", "0")) {
            String serving = server.awaitLine(l -> l.startsWith("BorderWatch is serving "), Duration.ofMinutes(2));
            ApiClient api = new ApiClient(URI.create(serving.substring("BorderWatch is serving ".length()).trim()));

            CliRun ingest = CliRun.of(store, "ingest", "--no-extract", report.toString());
            assertThat(ingest.err()).doesNotContain("in use");
            assertThat(ingest.exit()).isZero();
            assertThat(ingest.out()).contains("1 stored");

            CliRun documents = CliRun.of(store, "documents");
            assertThat(documents.exit()).isZero();
            assertThat(documents.out()).contains("sotk.txt");

            assertThat(api.get("/api/documents").body()).contains("sotk.txt");
        }
    }
}
