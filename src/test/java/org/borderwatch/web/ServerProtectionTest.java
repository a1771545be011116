package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers only requests addressed to one of its names (a page elsewhere cannot read the API
 * through DNS rebinding), and Jetty's own refusals of malformed requests carry the same security headers,
 * as JSON, as the application's answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerProtectionTest {
    @TempDir
    static Path dir;
    private Store store;
    private WebServer server;

    @BeforeAll
    void start() {
        store = JdbcStore.open(dir.resolve("store").toString());
        server = new WebServer(WebServer.Settings.defaults().withToken("t").withRateLimit(0)
                .withAllowedHosts(java.util.List.of("borderwatch.example.org"))).start(store, null, 0);
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void requestsToTheServersOwnNamesAreAnswered() throws Exception {
        int port = server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port,
            "borderwatch.example.org"}) {
            assertThat(RawHttp.get(port, "/api/documents", host).status()).as(host).isEqualTo(200);
        }
        assertThat(RawHttp.get(port, "/", "localhost:" + port).status()).isEqualTo(200);
    }

    @Test
    void aRequestForAnotherHostNameIsRefusedOnEveryPath() throws Exception {
        int port = server.port();
        for (String target : new String[] {"/api/events", "/api/export.csv", "/", "/app.js"}) {
            RawHttp r = RawHttp.get(port, target, "attacker.example:" + port);
            assertThat(r.status()).as(target).isEqualTo(421);
            assertThat(r.header("Content-Type")).contains("application/json");
            assertThat(r.body()).contains("attacker.example").contains("--allow-host").doesNotContain("\"events\"");
            assertThat(r.header("Content-Security-Policy")).isEqualTo(WebServer.CONTENT_SECURITY_POLICY);
        }
    }

    @Test
    void jettysOwnRefusalsCarryTheSecurityHeadersAndAreJson() throws Exception {
        int port = server.port();
        RawHttp longUri = RawHttp.get(port, "/api/events?q=" + "x".repeat(20_000), "localhost");
        RawHttp bigHeaders = RawHttp.send(port, "GET /api/events HTTP/1.1\r\nHost: localhost\r\nX-Filler: "
                + "y".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        RawHttp garbage = RawHttp.send(port, "GET /api/events HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n");
        assertThat(longUri.status()).isEqualTo(414);
        assertThat(bigHeaders.status()).isEqualTo(431);
        assertThat(garbage.status()).isEqualTo(400);
        for (RawHttp r : new RawHttp[] {longUri, bigHeaders, garbage}) {
            assertThat(r.header("Content-Security-Policy")).as(r.head()).isEqualTo(WebServer.CONTENT_SECURITY_POLICY);
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Content-Type")).contains("application/json");
            assertThat(r.body()).startsWith("{\"error\":");
        }
    }
}
