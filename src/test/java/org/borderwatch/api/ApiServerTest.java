package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API over HTTP, against a server on a free port and a seeded store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {
    private static final String TOKEN = "test-token-123";
    private static final String BORDER_NAME = "Armenia–Azerbaijan (border) near Curaçao";
    private static final MapLayers LAYERS = () -> "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"kind\":\"border\",\"name\":\"" + BORDER_NAME + "\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[45,39],[46,40]]}}]}";

    @TempDir
    static Path storeDir;
    private Store store;
    private SampleData.Seeded seeded;
    private WebServer server;
    private ApiClient api;

    @BeforeAll
    void start() {
        store = JdbcStore.open(storeDir.resolve("api-test").toString());
        seeded = SampleData.seed(store);
        server = new WebServer(WebServer.Settings.defaults().withToken(TOKEN).withRateLimit(0)).start(store, LAYERS, 0);
        api = new ApiClient(server.address());
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void listsEventsWithTheirAcledFieldsAndTotal() {
        JsonNode body = api.get("/api/events?size=1000").json();
        assertThat(body.get("total").asInt()).isEqualTo(seeded.eventCount());
        JsonNode shelling = find(body.get("events"), seeded.shelling().id());
        assertThat(shelling.get("date").asText()).isEqualTo("2022-09-13");
        assertThat(shelling.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(shelling.get("sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(shelling.get("actor1").asText()).isEqualTo(SampleData.AZ_FORCES);
        assertThat(shelling.get("location").asText()).isEqualTo("Jermuk");
        assertThat(shelling.get("admin1").asText()).isEqualTo("Vayots Dzor");
        assertThat(shelling.get("latitude").asDouble()).isEqualTo(39.8414);
        assertThat(shelling.get("geo_precision").asInt()).isEqualTo(1);
        assertThat(shelling.get("fatalities").asInt()).isEqualTo(49);
        assertThat(shelling.get("contested").asBoolean()).isTrue();
        assertThat(shelling.get("cross_border").asBoolean()).isTrue();
        assertThat(shelling.get("document_id").asText()).isEqualTo(seeded.ministryDocument().id());
        assertThat(shelling.get("claims").get("denies").asInt()).isEqualTo(1);
        assertThat(shelling.get("claims").get("claimants")).extracting(JsonNode::asText)
                .containsExactly(SampleData.AM_MINISTRY, SampleData.AZ_MINISTRY);
    }

    @Test
    void combinesEveryFilter() {
        JsonNode body = api.get("/api/events?from=2022-09-01&to=2022-09-30&type=explosions_remote_violence"
                + "&sub_type=Shelling/artillery/missile%20attack&actor=" + enc(SampleData.AZ_FORCES)
                + "&country=Armenia&admin1=Vayots%20Dzor&bbox=45,39,46,40.5&q=Jermuk&document=" + seeded.ministryDocument().id()
                + "&contested=true&cross_border=true&sort=-fatalities&page=1&size=5").json();
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(5);
        assertThat(body.get("events").get(0).get("id").asText()).isEqualTo(seeded.shelling().id());
    }

    @Test
    void filtersNarrowTheResults() {
        int all = api.get("/api/events").json().get("total").asInt();
        for (String filter : List.of("from=2022-01-01", "to=2022-01-01", "type=Battles", "sub_type=Armed%20clash",
                "actor=" + enc(SampleData.AM_FORCES), "country=Azerbaijan", "admin1=Syunik", "bbox=46,39,47,40",
                "q=Goris", "document=" + seeded.ministryDocument().id(), "contested=true", "contested=false",
                "cross_border=true", "cross_border=false")) {
            int n = api.get("/api/events?" + filter).json().get("total").asInt();
            assertThat(n).as(filter).isGreaterThan(0).isLessThan(all);
        }
        assertThat(api.get("/api/events?from=2022-09-13&to=2022-09-13").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void sortsAndPages() {
        JsonNode newest = api.get("/api/events?sort=-date&size=3").json().get("events");
        assertThat(newest.get(0).get("date").asText()).isGreaterThanOrEqualTo(newest.get(1).get("date").asText());
        JsonNode oldest = api.get("/api/events?sort=date&size=1").json().get("events");
        assertThat(oldest.get(0).get("date").asText()).isEqualTo("2021-05-12");
        JsonNode deadliest = api.get("/api/events?sort=-fatalities&size=1").json().get("events");
        assertThat(deadliest.get(0).get("fatalities").asInt()).isEqualTo(49);
        JsonNode beyond = api.get("/api/events?size=1000&page=" + Integer.MAX_VALUE).json();
        assertThat(beyond.get("events")).isEmpty();
        assertThat(beyond.get("total").asInt()).isEqualTo(seeded.eventCount());
        JsonNode page2 = api.get("/api/events?sort=date&size=1&page=2").json();
        assertThat(page2.get("page").asInt()).isEqualTo(2);
        assertThat(page2.get("events").get(0).get("id").asText()).isNotEqualTo(oldest.get(0).get("id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from=2022-13-01|from", "to=yesterday|to", "from=2022-09-10&to=2022-09-01|to", "type=Skirmish|type",
        "sub_type=Duel|sub_type", "bbox=1,2,3|bbox", "bbox=a,b,c,d|bbox", "bbox=50,40,45,39|bbox", "bbox=0,0,200,10|bbox",
        "contested=yes|contested", "cross_border=1|cross_border", "sort=fatalities|sort", "page=0|page",
        "page=x|page", "size=1001|size", "size=0|size", "colour=red|colour", "from=2022-01-01&from=2022-02-01|from"})
    void malformedFilterIs400NamingTheParameter(String query, String parameter) {
        ApiClient.Response r = api.get("/api/events?" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo(parameter);
        assertThat(r.json().get("error").asText()).isNotBlank();
    }

    @Test
    void eventDetailHasEveryReportItsEvidenceClaimsAndDisagreements() {
        JsonNode body = api.get("/api/events/" + seeded.shelling().id()).json();
        assertThat(body.get("merged_id").asText()).isEqualTo("merged-jermuk");
        assertThat(body.get("reports")).hasSize(2);
        JsonNode first = body.get("reports").get(0);
        assertThat(first.get("document_title").asText()).isEqualTo(seeded.ministryDocument().title());
        JsonNode evidence = first.get("evidence").get(0);
        String text = seeded.ministryDocument().cleanText();
        assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                .isEqualTo(SampleData.SHELLING_SENTENCE).isEqualTo(evidence.get("text").asText());
        List<String> stances = new ArrayList<>();
        first.get("claims").forEach(c -> stances.add(c.get("claimant").asText() + ":" + c.get("stance").asText()));
        assertThat(stances).containsExactly(SampleData.AM_MINISTRY + ":asserts", SampleData.AZ_MINISTRY + ":denies",
                SampleData.AZ_MINISTRY + ":blames_other_side");
        // how the report was coded: the rules in order, each with the reason the extraction gives for it
        JsonNode coding = first.get("coding");
        assertThat(coding).hasSize(2);
        assertThat(coding.get(1).get("rule").asText()).isEqualTo("one-per-place");
        assertThat(coding.get(1).get("verdict").asText()).isEqualTo("split");
        assertThat(coding.get(1).get("reason").asText()).contains("ACLED");
        assertThat(body.get("disagreements").get(0).get("field").asText()).isEqualTo("fatalities");
        assertThat(body.get("disagreements").get(0).get("value_by_document").get(seeded.ministryDocument().id()).asText())
                .isEqualTo("49");
    }

    @Test
    void unknownIdsAre404() {
        assertThat(api.get("/api/events/nope").status()).isEqualTo(404);
        assertThat(api.get("/api/events/nope").json().get("error").asText()).contains("nope");
        assertThat(api.get("/api/documents/nope").status()).isEqualTo(404);
        assertThat(api.get("/api/no-such-endpoint").status()).isEqualTo(404);
        assertThat(api.get("/api/no-such-endpoint").json().get("error").asText()).contains("not found");
    }

    @Test
    void documentDetailGivesCleanTextAndTheSpansOfItsEvidence() {
        assertThat(api.get("/api/documents").json()).hasSize(4);
        JsonNode doc = api.get("/api/documents/" + seeded.ministryDocument().id()).json();
        String text = doc.get("text").asText();
        assertThat(text).isEqualTo(seeded.ministryDocument().cleanText());
        List<String> marked = new ArrayList<>();
        doc.get("spans").forEach(s -> marked.add(text.substring(s.get("start").asInt(), s.get("end").asInt())));
        assertThat(marked).contains(SampleData.SHELLING_SENTENCE, SampleData.DENIAL_SENTENCE);
        assertThat(doc.get("spans").get(0).get("event_id").asText()).isEqualTo(seeded.shelling().id());
    }

    @Test
    void documentTextWithHtmlIsReturnedAsPlainData() {
        ApiClient.Response r = api.get("/api/documents/" + seeded.hostileDocument().id());
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().get("text").asText()).isEqualTo(SampleData.HOSTILE_TEXT);
        assertThat(r.json().get("title").asText()).isEqualTo("Field notes <b>unverified</b>");
    }

    @Test
    void statsGroupTheFilteredEvents() {
        JsonNode all = api.get("/api/stats").json();
        assertThat(all.get("events").asInt()).isEqualTo(seeded.eventCount());
        JsonNode sept = api.get("/api/stats?from=2022-09-01&to=2022-09-30").json();
        assertThat(sept.get("by_month")).anySatisfy(b -> {
            assertThat(b.get("key").asText()).isEqualTo("2022-09");
            assertThat(b.get("fatalities").asInt()).isGreaterThanOrEqualTo(51);
        });
        assertThat(sept.get("by_month")).allSatisfy(b -> assertThat(b.get("key").asText()).isEqualTo("2022-09"));
        assertThat(sept.get("by_type")).isNotEmpty();
        assertThat(sept.get("by_admin1")).isNotEmpty();
        assertThat(sept.get("by_actor")).isNotEmpty();
        assertThat(api.get("/api/stats?to=soon").json().get("parameter").asText()).isEqualTo("to");
        assertThat(api.get("/api/stats?page=2").json().get("parameter").asText()).isEqualTo("page");
    }

    @Test
    void clustersEndpointReturnsAllPointsForASmallRecord() {
        JsonNode body = api.get("/api/clusters?zoom=7&bbox=44,38,48,42&type=Battles").json();
        assertThat(body.get("mode").asText()).isEqualTo("points");
        assertThat(body.get("points")).isNotEmpty().allSatisfy(p -> assertThat(p.get("event_type").asText()).isEqualTo("Battles"));
        assertThat(body.get("total").asInt()).isEqualTo(body.get("points").size());
        assertThat(api.get("/api/clusters?zoom=99").json().get("parameter").asText()).isEqualTo("zoom");
    }

    @Test
    void writeEndpointNeedsTheToken() {
        String body = "{\"title\":\"Posted\",\"text\":\"A short posted report about a quiet day.\"}";
        assertThat(api.post("/api/documents", body, null).status()).isEqualTo(401);
        assertThat(api.post("/api/documents", body, "wrong").status()).isEqualTo(401);
        ApiClient.Response created = api.post("/api/documents", body, TOKEN);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(api.get("/api/documents/" + id).json().get("text").asText()).isEqualTo("A short posted report about a quiet day.");
        assertThat(api.post("/api/documents", body, TOKEN).json().get("outcome").asText()).isEqualTo("duplicate");
        assertThat(api.post("/api/documents", "{\"title\":\"none\"}", TOKEN).json().get("parameter").asText()).isEqualTo("text");
        assertThat(api.post("/api/documents", "not json", TOKEN).status()).isEqualTo(400);
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"text\":\"" + "x".repeat(1_100_000) + "\"}";
        ApiClient.Response r = api.post("/api/documents", big, TOKEN);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isNotBlank();
    }

    @Test
    void exportsTheFilteredEventsAsAcledCsvAndGeoJson() {
        ApiClient.Response csv = api.get("/api/export.csv?type=Battles");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r?\n");
        assertThat(lines[0]).startsWith("event_id_cnty,event_date,year");
        int battles = api.get("/api/events?type=Battles").json().get("total").asInt();
        assertThat(lines.length - 1).isEqualTo(battles);
        assertThat(csv.body()).doesNotContain("Shelling/artillery/missile attack");

        JsonNode geo = api.get("/api/export.geojson?q=Jermuk").json();
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(2);
        assertThat(geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(45.6701);
        assertThat(api.get("/api/export.csv?from=bad").json().get("parameter").asText()).isEqualTo("from");
    }

    @Test
    void servesBoundariesOpenApiAndThePageWithASecurityPolicy() {
        assertThat(api.get("/api/map/boundaries").json().get("features").get(0).get("properties").get("kind").asText())
                .isEqualTo("border");
        JsonNode openApi = api.get("/api/openapi.json").json();
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        for (String path : List.of("/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}",
                "/api/stats", "/api/clusters", "/api/export.csv", "/api/export.geojson", "/api/map/boundaries")) {
            assertThat(openApi.get("paths").has(path)).as(path).isTrue();
        }
        ApiClient.Response page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\"");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(api.get("/api/events").header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(api.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
        assertThat(api.get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").status()).isEqualTo(200);
    }

    @Test
    void everyJsonAnswerIsUtf8AndSaysSo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/map/boundaries", "/api/openapi.json", "/api/events", "/api/events/" + seeded.shelling().id(),
                "/api/events/nope", "/api/events?from=2022-13-01", "/api/stats", "/api/clusters", "/api/documents",
                "/api/documents/" + seeded.ministryDocument().id())) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).containsIgnoringCase("charset=utf-8");
            if (path.equals("/api/map/boundaries")) {
                String body = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(r.body())).toString();
                assertThat(body).contains(BORDER_NAME);
            }
        }
    }

    @Test
    void tooManyRequestsFromOneClientIs429WithRetryAfter() {
        try (WebServer limited = new WebServer(WebServer.Settings.defaults().withToken(TOKEN).withRateLimit(2))
                .start(store, MapLayers.NONE, 0)) {
            ApiClient client = new ApiClient(limited.address());
            ApiClient.Response last = null;
            for (int i = 0; i < 10 && (last == null || last.status() != 429); i++) {
                last = client.get("/api/stats");
            }
            assertThat(last.status()).isEqualTo(429);
            assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
            assertThat(last.json().get("error").asText()).contains("too many requests");
        }
    }

    private static JsonNode find(JsonNode events, String id) {
        for (JsonNode e : events) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
