package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.borderwatch.api.ApiClient;
import org.borderwatch.api.WriteToken;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write token is made once, shown once, kept hashed across runs, and rotated on request. */
class WriteTokenTest {
    private static final String SERVING = "BorderWatch is serving ";
    private static final String MADE = "API write token (made now and shown only this once; keep it): ";

    @TempDir
    Path dir;

    private static String post(ApiClient api, String token, int n) {
        return api.post("/api/documents", "{\"title\":\"t\",\"text\":\"Report number " + n + " of a quiet day.\"}", token)
                .status() + "";
    }

    @Test
    void theTokenIsKeptAcrossRunsShownOnceAndRotated() throws Exception {
        assumeTrue(WriteToken.fromEnvironment().isEmpty(), "BORDERWATCH_TOKEN is set in this environment");
        String db = dir.resolve("store").toString();
        String token;
        try (ChildJvm first = ChildJvm.start(Map.of(), BorderWatchCommand.class, "--db", db, "serve", "--port", "0")) {
            String serving = first.awaitLine(l -> l.startsWith(SERVING), Duration.ofMinutes(2));
            token = first.awaitLine(l -> l.startsWith("API write token"), Duration.ofMinutes(1)).substring(MADE.length());
            ApiClient api = new ApiClient(URI.create(serving.substring(SERVING.length()).trim()));
            assertThat(post(api, token, 1)).isEqualTo("201");
            first.terminate(Duration.ofMinutes(1));
        }
        try (Store store = JdbcStore.open(db)) {
            assertThat(store.tokens().writeTokenSha256()).contains(WriteToken.sha256(token));
        }

        try (ChildJvm second = ChildJvm.start(Map.of(), BorderWatchCommand.class, "--db", db, "serve", "--port", "0")) {
            String serving = second.awaitLine(l -> l.startsWith(SERVING), Duration.ofMinutes(2));
            String line = second.awaitLine(l -> l.startsWith("API write token"), Duration.ofMinutes(1));
            assertThat(line).doesNotContain(token).contains("token rotate");
            ApiClient api = new ApiClient(URI.create(serving.substring(SERVING.length()).trim()));
            assertThat(post(api, token, 2)).as("the kept token, a run later").isEqualTo("201");

            CliRun rotate = CliRun.of(db, "token", "rotate");
            assertThat(rotate.exit()).as(rotate.err()).isZero();
            String fresh = rotate.out().strip().replaceAll(".*: ", "");
            assertThat(fresh).isNotEqualTo(token).hasSizeGreaterThan(20);
            assertThat(post(api, token, 3)).as("the old token, on the running server").isEqualTo("401");
            assertThat(post(api, fresh, 4)).isEqualTo("201");
        }
    }
}
