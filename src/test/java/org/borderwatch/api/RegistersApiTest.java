package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.analysis.registers.InventedStore;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.registers.StoredEvents;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The registers' routes over HTTP, on the invented conflict's stored events. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistersApiTest {
    @TempDir
    static Path storeDir;
    private Store store;
    private WebServer server;
    private ApiClient api;

    @BeforeAll
    void start() {
        store = JdbcStore.open(storeDir.resolve("registers-api").toString());
        InventedStore.seed(store);
        Registers registers = new Registers(InventedConflict.config(List.of()));
        store.events().markSourceSides(registers.sources(StoredEvents.read(store)).sideByReportId());
        server = new WebServer(WebServer.Settings.defaults().withToken("t").withRateLimit(0))
                .start(store, MapLayers.NONE, registers, 0);
        api = new ApiClient(server.address());
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    /** A register's answer: JSON that says it is UTF-8. */
    private JsonNode json(String path) {
        ApiClient.Response r = ok(path);
        assertThat(r.header("Content-Type")).as(path).startsWith("application/json").containsIgnoringCase("charset=utf-8");
        return r.json();
    }

    private ApiClient.Response ok(String path) {
        ApiClient.Response r = api.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r;
    }

    @Test
    void agreementsListsEachWithItsFiguresAndViolationsAreOneRouteDown() {
        JsonNode body = json("/api/agreements");
        JsonNode truce = body.get("agreements").get(0);
        assertThat(truce.get("kind").asText()).isEqualTo("ceasefire");
        assertThat(truce.get("mediator").asText()).isEqualTo("Westmark");
        assertThat(truce.get("violations").asInt()).isEqualTo(2);
        assertThat(truce.get("date").get("precision").asText()).isEqualTo("DAY");
        assertThat(truce.get("days_to_first_violation").get("low").asInt()).isEqualTo(30);
        assertThat(truce.has("by_month")).isTrue();
        assertThat(body.get("violations").asInt()).isEqualTo(2);

        String id = truce.get("id").asText();
        JsonNode violations = json("/api/agreements/" + id + "/violations").get("violations");
        assertThat(ids(violations, "event_id")).containsExactly("n-shelling", "w-fight");
        assertThat(api.get("/api/agreements/no-such-agreement/violations").status()).isEqualTo(404);

        // the event panel asks which agreement an event broke
        assertThat(json("/api/agreements?broken_by=w-fight").get("agreements").get(0).get("id").asText()).isEqualTo(id);
        assertThat(json("/api/agreements?broken_by=n-blockade").get("agreements")).isEmpty();
    }

    @Test
    void corridorsTerritoryAndAppealsAnswerWithTheirRegisters() {
        JsonNode road = json("/api/corridors").get("routes").get(0);
        assertThat(road.get("route").get("name").asText()).isEqualTo("Pass Road");
        assertThat(ids(road.get("intervals"), "status")).containsExactly("CLOSED", "OPEN");
        assertThat(road.get("days_closed").get("low").asInt()).isEqualTo(20);

        JsonNode ground = json("/api/territory");
        assertThat(ground.get("area_by_source").get(0).get("claims").get(0).get("figure").get("qualifier").asText())
                .isEqualTo("ABOUT");

        JsonNode appeal = json("/api/appeals").get("appeals").get(0);
        assertThat(appeal.get("answer").get("kind").asText()).isEqualTo("MISSION_SENT");
        assertThat(appeal.get("answer").get("delay").get("high").asInt()).isEqualTo(55);
    }

    @Test
    void sourcesCountEventsBySideAndTheEventFiltersUseTheStoredSides() {
        JsonNode sources = json("/api/sources");
        assertThat(sources.get("one_sided").asInt()).isEqualTo(4);
        assertThat(sources.get("list")).hasSize(4);
        assertThat(json("/api/sources?all=true&size=3").get("list")).hasSize(3);

        JsonNode oneSided = ok("/api/events?one_sided=true&size=100").json();
        assertThat(oneSided.get("total").asInt()).isEqualTo(4);
        assertThat(oneSided.get("events").get(0).get("source_side").asText()).isEqualTo("Northia");
        assertThat(ok("/api/events?one_sided=false&size=100").json().get("events").get(0).get("one_sided").asBoolean()).isFalse();
        JsonNode stats = ok("/api/stats").json();
        assertThat(stats.get("one_sided").asInt()).isEqualTo(4);
        assertThat(stats.get("by_source_side").get(0).get("key").asText()).isEqualTo("Northia");
    }

    @Test
    void everyRegisterExportsCsvAndIsDocumented() {
        for (String name : List.of("agreements", "corridors", "territory", "appeals", "sources")) {
            ApiClient.Response csv = api.get("/api/" + name + ".csv");
            assertThat(csv.status()).as(name).isEqualTo(200);
            assertThat(csv.header("Content-Type")).as(name).startsWith("text/csv").contains("utf-8");
            assertThat(csv.body().lines().count()).as(name).isGreaterThan(1);
        }
        JsonNode paths = api.get("/api/openapi.json").json().get("paths");
        for (String path : List.of("/api/agreements", "/api/agreements/{id}/violations", "/api/corridors",
                "/api/territory", "/api/appeals", "/api/sources", "/api/agreements.csv", "/api/sources.csv")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/events").get("get").get("parameters").toString()).contains("one_sided");
    }

    @Test
    void aMisspeltParameterIsAClearError() {
        ApiClient.Response r = api.get("/api/corridors?route=pass");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo("route");
        assertThat(api.get("/api/sources?size=0").json().get("parameter").asText()).isEqualTo("size");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
