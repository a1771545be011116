package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.borderwatch.bench.ApiBenchServer;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Above the point limit the map gets grid clusters, and they account for every matching event. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClustersApiTest {
    private static final int EVENTS = 2600;

    @TempDir
    static Path dir;
    private Store store;
    private WebServer server;
    private ApiClient api;

    @BeforeAll
    void start() {
        store = JdbcStore.open(dir.resolve("clusters").toString());
        ApiBenchServer.seed(store, EVENTS);
        server = new WebServer(WebServer.Settings.defaults().withToken("t").withRateLimit(0)).start(store, MapLayers.NONE, 0);
        api = new ApiClient(server.address());
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void manyEventsComeBackAsClustersCoveringThemAll() {
        JsonNode body = api.get("/api/clusters?zoom=7").json();
        assertThat(body.get("mode").asText()).isEqualTo("clusters");
        assertThat(body.get("total").asInt()).isEqualTo(EVENTS);
        assertThat(body.get("unmapped").asInt()).isZero();
        assertThat(body.get("points")).isEmpty();
        long sum = 0;
        long deaths = 0;
        for (JsonNode c : body.get("clusters")) {
            sum += c.get("count").asLong();
            deaths += c.get("fatalities").asLong();
            assertThat(c.get("dominant_type").asText()).isNotBlank();
        }
        assertThat(sum).isEqualTo(EVENTS);
        assertThat(deaths).isEqualTo(api.get("/api/stats").json().get("fatalities").asLong());
        assertThat(body.get("clusters").size()).isLessThan(EVENTS / 10);
    }

    @Test
    void theBoxLimitsClustersAndAZoomInMakesMore() {
        JsonNode all = api.get("/api/clusters?zoom=7").json();
        JsonNode boxed = api.get("/api/clusters?zoom=7&bbox=44,38.8,45,39.5").json();
        assertThat(count(boxed)).isPositive().isLessThan(count(all));
        for (JsonNode c : boxed.get("clusters")) {
            assertThat(c.get("lon").asDouble()).isBetween(44.0, 45.0);
        }
        JsonNode zoomed = api.get("/api/clusters?zoom=10").json();
        assertThat(zoomed.get("clusters").size()).isGreaterThan(all.get("clusters").size());
    }

    @Test
    void aNarrowFilterFallsBackToPoints() {
        JsonNode body = api.get("/api/clusters?zoom=7&type=Riots&from=2021-01-01&to=2021-12-31").json();
        assertThat(body.get("mode").asText()).isEqualTo("points");
        assertThat(body.get("points").size()).isEqualTo(body.get("total").asInt()).isPositive();
    }

    private static long count(JsonNode body) {
        long n = 0;
        for (JsonNode c : body.get("clusters")) {
            n += c.get("count").asLong();
        }
        return n;
    }
}
