package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.StoreSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events, export and eval commands on a small store. */
class StoreCommandsTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void fill() {
        db = dir.resolve("store").toString();
        try (Store store = JdbcStore.open(db)) {
            store.documents().save(StoreSamples.document("doc-a"));
            store.documents().save(StoreSamples.document("doc-b"));
            store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("ev-1", "doc-a")), "x1");
            store.events().replaceForDocument("doc-b", List.of(StoreSamples.event("ev-2", "doc-b",
                    LocalDate.of(2021, 5, 12), SubEventType.PEACEFUL_PROTEST, "Protesters (Armenia)", null,
                    StoreSamples.place("Yerevan", "Armenia", "Yerevan", 40.18, 44.51), null, "Crowds gathered")), "x1");
        }
    }

    private CliRun run(String... args) {
        return CliRun.of(db, args);
    }

    @Test
    void eventsTableFitsAndFilters() {
        CliRun all = run("events");
        assertThat(all.exit()).isZero();
        assertThat(all.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        assertThat(all.out()).contains("2021-05-12", "2022-09-12", "Battles / Armed clash",
                "Military Forces of Azerbaijan → Military Forces of Armenia", "Jermuk (Vayots Dzor, Armenia)",
                "2 of 2 events");
        assertThat(all.out()).contains("claimed by Ministry");

        CliRun filtered = run("events", "--type", "Protests", "--from", "2021-01-01", "--actor", "protesters");
        assertThat(filtered.out()).contains("Yerevan").doesNotContain("Jermuk").contains("1 of 1 event\n");

        CliRun contested = run("events", "--contested", "--sort", "-date", "--limit", "1");
        assertThat(contested.out()).contains("Jermuk").contains("1 of 1 event\n");

        // the sort names are the API's
        CliRun newest = run("events", "--sort", "-date", "--limit", "1");
        assertThat(newest.out()).contains("2022-09-12").doesNotContain("2021-05-12");
        CliRun deadliest = run("events", "--sort=-fatalities", "--limit", "1");
        assertThat(deadliest.exit()).isZero();

        CliRun byDoc = run("events", "--document", "doc-b.txt");
        assertThat(byDoc.out()).contains("Yerevan").doesNotContain("Jermuk");
    }

    @Test
    void aBadValueGivesOneLineAndAPointerToHelp() {
        assertUsageError(run("events", "--type", "Picnics"), "borderwatch events: --type must be one of ACLED's event types"
                + " (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments),"
                + " not 'Picnics'");
        assertUsageError(run("events", "--document", "nope"),
                "borderwatch events: no stored document matches --document nope (list them with: borderwatch documents)");
        assertUsageError(run("export", "--format", "xml", "--out", "-"),
                "borderwatch export: --format: unknown export format: xml (use jsonl, acled-csv or geojson)");
        assertUsageError(run("events", "--from", "2022-13-01"),
                "borderwatch events: --from must be an ISO date like 2022-09-13 or a month like 2022-09, not '2022-13-01'");
        assertUsageError(run("export", "--format", "jsonl", "--out", "-", "--to", "yesterday"),
                "borderwatch export: --to must be an ISO date like 2022-09-13 or a month like 2022-09, not 'yesterday'");
        assertUsageError(run("events", "--sort", "date_desc"),
                "borderwatch events: --sort must be date, -date or -fatalities, not 'date_desc'");
        assertUsageError(run("events", "--limit", "0"), "borderwatch events: --limit must be 1 or more, not 0");
        assertUsageError(run("events", "--limit", "many"),
                "borderwatch events: Invalid value for option '--limit': 'many' is not an int");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndAMonthIsAWholeMonth() {
        assertUsageError(run("events", "--from", "2022-09-10", "--to", "2022-09-01"),
                "borderwatch events: --to (2022-09-01) is before --from (2022-09-10), so no event can match");
        CliRun september = run("events", "--from", "2022-09", "--to", "2022-09");
        assertThat(september.exit()).as(september.err()).isZero();
        assertThat(september.out()).contains("2022-09-12").doesNotContain("2021-05-12").contains("1 of 1 event\n");
        assertThat(run("events", "--from", "2022-10", "--to", "2022-12").out()).contains("no events match");
    }

    @Test
    void theStoreMayBeNamedBeforeOrAfterTheCommand() {
        CliRun after = CliRun.withArgs("events", "--limit", "1", "--db", db);
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).contains("1 of 2 events");
        CliRun documents = CliRun.withArgs("documents", "--db", db);
        assertThat(documents.out()).contains("doc-a.txt").contains("doc-b.txt");
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        String command = message.substring(0, message.indexOf(':'));
        assertThat(run.err().lines().toList()).containsExactly(message, "Try '" + command + " --help' for more information.");
    }

    @Test
    void exportsEachFormatToAFileWithFilters() throws Exception {
        Path jsonl = dir.resolve("out/events.jsonl");
        CliRun r = run("export", "--format", "jsonl", "--out", jsonl.toString(), "--country", "armenia");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("exported 2 events");
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("doc").asText()).isEqualTo("doc-b.txt");

        Path csv = dir.resolve("events.csv");
        run("export", "--format", "acled-csv", "--out", csv.toString(), "--type", "battles");
        assertThat(Files.readAllLines(csv)).hasSize(2).first().asString().startsWith("event_id_cnty,event_date,year");

        CliRun geo = run("export", "--format", "geojson", "--out", "-");
        JsonNode root = new ObjectMapper().readTree(geo.out());
        assertThat(root.get("features")).hasSize(2);
    }

    @Test
    void evalScoresStoredEventsAgainstGold() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"doc": "doc-a.txt", "date": "2022-09-12", "date_precision": "day", "event_type": "Battles", "location": "Jermuk", "quote": "Troops fired"}
                {"doc": "doc-b.txt", "date": "2021-05-12", "date_precision": "day", "event_type": "Battles", "location": "", "quote": "Something else"}
                """);
        CliRun r = run("eval", "--gold", gold.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(r.out());
        assertThat(result.get("gold").asInt()).isEqualTo(2);
        assertThat(result.get("predicted").asInt()).isEqualTo(2);
        assertThat(result.get("matched").asInt()).isEqualTo(1);
        assertThat(result.at("/strict/recall").asDouble()).isEqualTo(0.5);

        CliRun text = run("eval", "--gold", gold.toString());
        assertThat(text.out()).startsWith("gold 2  predicted 2  matched 1\ndetection  precision 0.500");
        assertThat(text.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("core (without Strategic developments/Other): gold 2  predicted 2  detection F1 0.500");
        assertThat(result.at("/core/matched").asInt()).isEqualTo(1);

        Files.writeString(gold, "{\"doc\": \"doc-b.txt\", \"date\": \"2021-05-12\", \"event_type\": \"Protests\"}\n"
                + "{\"doc\": \"never-ingested.txt\", \"date\": \"2021-05-12\", \"event_type\": \"Protests\"}\n");
        CliRun partly = run("eval", "--gold", gold.toString());
        assertThat(partly.exit()).isZero();
        assertThat(partly.err()).contains("1 of the gold's 2 documents is not stored (e.g. 'never-ingested.txt')");

        Files.writeString(gold, "{\"doc\": \"never-ingested.txt\", \"date\": \"2021-05-12\", \"event_type\": \"Protests\"}\n");
        CliRun none = run("eval", "--gold", gold.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).startsWith("borderwatch eval: none of the gold's 1 document is stored in ");

        Files.writeString(gold, "{not json\n");
        CliRun bad = run("eval", "--gold", gold.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("line 1 is not a JSON object");
    }
}
