package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.analysis.registers.InventedStore;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register commands on a store of the invented conflict, with its configuration folder. */
class RegisterCommandsTest {
    @TempDir
    Path dir;
    String db;
    String conflict;

    @BeforeEach
    void seed() throws IOException {
        db = dir.resolve("store").toString();
        conflict = InventedConflict.writeFolder(Files.createDirectories(dir.resolve("northia-southia"))).toString();
        // the store records the conflict of each document as ingest --conflict DIR does: the folder's absolute path
        try (Store store = JdbcStore.open(db)) {
            InventedStore.seed(store, Path.of(conflict).toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void agreementsPrintsTheNamedAgreementWithItsViolationsAndTotals() {
        CliRun run = CliRun.of(db, "agreements", "--conflict", conflict);
        assertThat(run.exit()).as(run.err()).isZero();
        // the user's agreements.yaml names the truce the reports state
        assertThat(run.out()).contains("stonebridge-accord", "Stonebridge Accord", "ceasefire", "Westmark")
                .contains("2 violent events; 2 between two parties of the conflict; 2 of those broke an agreement in force.");
        CliRun violations = CliRun.of(db, "agreements", "--conflict", conflict, "--violations", "stonebridge-accord");
        assertThat(violations.out()).contains("Violations of Stonebridge Accord (2)", "n-shelling", "w-fight");
        CliRun unknown = CliRun.of(db, "agreements", "--conflict", conflict, "--violations", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no agreement with id nope");
    }

    @Test
    void eachRegisterExportsCsvAndJsonToAFile() throws IOException {
        Path csv = dir.resolve("out/corridors.csv");
        CliRun run = CliRun.of(db, "corridors", "--conflict", conflict, "--format", "csv", "--out", csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(csv)).first().asString().startsWith("route,status,from,until");
        assertThat(Files.readString(csv)).contains("Pass Road,closed,2023-03-05,2023-03-25");

        Path json = dir.resolve("out/territory.json");
        assertThat(CliRun.of(db, "territory", "--conflict", conflict, "--format", "json", "--out", json.toString()).exit()).isZero();
        JsonNode ground = new ObjectMapper().readTree(json.toFile());
        assertThat(ground.get("area_by_source").get(0).get("claims").get(0).get("figure").get("value").asDouble()).isEqualTo(14.0);

        CliRun appeals = CliRun.of(db, "appeals", "--conflict", conflict, "--format", "json");
        assertThat(new ObjectMapper().readTree(appeals.out()).get("appeals").get(0).get("answer").get("kind").asText())
                .isEqualTo("MISSION_SENT");
    }

    @Test
    void sourcesStoresWhoseWordSoEventsCanFilterOnIt() {
        // the store was filled without extraction: nothing is marked yet
        assertThat(CliRun.of(db, "events", "--one-sided").out()).contains("no events match");
        CliRun sources = CliRun.of(db, "sources", "--conflict", conflict);
        assertThat(sources.exit()).as(sources.err()).isZero();
        assertThat(sources.out()).contains("8 events: 4 rest on one side's word alone (Northia 4)");
        CliRun oneSided = CliRun.of(db, "events", "--one-sided");
        assertThat(oneSided.out()).contains("4 of 4 events").contains("Millford");
    }

    @Test
    void aWrongAgreementsFileIsReportedWithItsNameAndEntry() throws IOException {
        Files.writeString(Path.of(conflict, "agreements.yaml"), """
                agreements:
                  - {name: Broken Accord, kind: armistice-ish, date: 2023-02-01, parties: [Northia, Southia]}
                """);
        CliRun run = CliRun.of(db, "agreements", "--conflict", conflict);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("agreements.yaml", "Broken Accord", "unknown agreement kind 'armistice-ish'");
    }

    @Test
    void corridorsWithoutAnyRouteConfiguredSaysWhereToAddOne() throws IOException {
        Files.delete(Path.of(conflict, "features.yaml"));
        CliRun run = CliRun.of(db, "corridors", "--conflict", conflict);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("route:", "features.yaml");
    }
}
