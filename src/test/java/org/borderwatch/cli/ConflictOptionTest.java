package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --conflict ID|DIR}: how it is parsed, that the store remembers each document's conflict, and that each
 * document is extracted with its own conflict's configuration. The reports are invented.
 */
class ConflictOptionTest {
    private static final String KG_TJ = "kyrgyzstan-tajikistan";
    private static final String KG_TJ_REPORT = "On 3 June 2031 Kyrgyz border guards and Tajik troops exchanged fire near Kok-Tash.\n";
    private static final String AM_AZ_REPORT = "On 3 June 2031 Azerbaijani troops and Armenian units clashed near Sotk.\n";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("db/bw").toString();
    }

    @Test
    void aShippedIdNamesAConflictOnTheClassPath() {
        Conflict c = Conflict.parse(KG_TJ);
        assertThat(c.id()).isEqualTo(KG_TJ);
        assertThat(c.folder()).isNull();
        assertThat(c.config().sides()).containsExactly("Kyrgyzstan", "Tajikistan");
        assertThat(c.geoConfig().features().borderCountries()).containsExactly("Kyrgyzstan", "Tajikistan");
        assertThat(Conflict.shippedIds()).contains("armenia-azerbaijan", KG_TJ);
    }

    @Test
    void aFolderWithConflictYamlIsAConflictNamedByItsAbsolutePath() throws IOException {
        Path folder = copyOfShipped(KG_TJ, dir.resolve("my-conflict"));
        Conflict c = Conflict.parse(folder.toString());
        assertThat(c.folder()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(c.id()).isEqualTo(folder.toAbsolutePath().normalize().toString());
        assertThat(c.config().name()).isEqualTo("Kyrgyzstan–Tajikistan border conflict");
        assertThat(Conflict.ofStored(c.id())).isEqualTo(c);
    }

    @Test
    void anUnknownNameOrAFolderWithoutConfigurationIsRefusedNamingTheShippedOnes() throws IOException {
        assertThatThrownBy(() -> Conflict.parse("atlantis"))
                .hasMessageContaining("'atlantis' is neither a shipped conflict nor a folder with conflict.yaml")
                .hasMessageContaining("armenia-azerbaijan").hasMessageContaining(KG_TJ);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> Conflict.parse(empty.toString())).hasMessageContaining("has no conflict.yaml");
        // and on the command line, before anything is opened
        Path report = Files.writeString(dir.resolve("r.txt"), KG_TJ_REPORT);
        CliRun run = CliRun.of(db(), "ingest", "--conflict", "atlantis", report.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--conflict", "atlantis", KG_TJ);
        assertThat(Files.exists(dir.resolve("db"))).isFalse();
    }

    @Test
    void documentsWithoutAConflictBelongToTheDefaultOne() {
        assertThat(Conflict.ofStored(null)).isEqualTo(Conflict.DEFAULT);
        assertThat(Conflict.DEFAULT.id()).isEqualTo("armenia-azerbaijan");
    }

    @Test
    void eachDocumentIsStoredWithItsConflictAndExtractedWithItsConfiguration() throws IOException {
        Path kg = Files.createDirectories(dir.resolve("kg"));
        Files.writeString(kg.resolve("kg.txt"), KG_TJ_REPORT);
        Path am = Files.createDirectories(dir.resolve("am"));
        Files.writeString(am.resolve("am.txt"), AM_AZ_REPORT);

        assertThat(CliRun.of(db(), "ingest", "--conflict", KG_TJ, kg.toString()).exit()).isZero();
        assertThat(CliRun.of(db(), "ingest", am.toString()).exit()).isZero();

        assertStoredAndCoded();
        // re-extracting everything keeps each document on its own conflict
        CliRun again = CliRun.of(db(), "extract", "--all");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("2 documents");
        assertStoredAndCoded();
        // --conflict on extract takes only that conflict's documents
        CliRun one = CliRun.of(db(), "extract", "--all", "--conflict", KG_TJ);
        assertThat(one.exit()).isZero();
        assertThat(one.out()).startsWith("1 document,");
    }

    private void assertStoredAndCoded() {
        try (Store store = JdbcStore.open(db())) {
            Document kg = store.documents().find("kg.txt").orElseThrow();
            Document am = store.documents().find("am.txt").orElseThrow();
            assertThat(kg.conflict()).isEqualTo(KG_TJ);
            assertThat(am.conflict()).isEqualTo("armenia-azerbaijan");
            assertThat(actorsOf(store, kg)).containsExactlyInAnyOrder("Military Forces of Kyrgyzstan", "Military Forces of Tajikistan");
            assertThat(actorsOf(store, am)).containsExactlyInAnyOrder("Military Forces of Armenia", "Military Forces of Azerbaijan");
        }
    }

    private static List<String> actorsOf(Store store, Document d) {
        List<Event> events = store.events().findByDocument(d.id());
        assertThat(events).as("events of %s", d.fileName()).hasSize(1);
        return List.of(events.get(0).actor1(), events.get(0).actor2());
    }

    @Test
    void aConflictFolderOnDiskIsRememberedByItsPath() throws IOException {
        Path folder = copyOfShipped(KG_TJ, dir.resolve("conflicts/border"));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("r.txt"), KG_TJ_REPORT);

        assertThat(CliRun.of(db(), "ingest", "--conflict", folder.toString(), reports.toString()).exit()).isZero();

        try (Store store = JdbcStore.open(db())) {
            Document d = store.documents().find("r.txt").orElseThrow();
            assertThat(d.conflict()).isEqualTo(folder.toAbsolutePath().normalize().toString());
            assertThat(store.events().findByDocument(d.id())).singleElement()
                    .satisfies(e -> assertThat(e.actor1()).endsWith("Kyrgyzstan"));
        }
    }

    @Test
    void aContentAlreadyStoredKeepsTheConflictItWasFirstStoredFor() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("r.txt"), KG_TJ_REPORT);
        assertThat(CliRun.of(db(), "ingest", "--conflict", KG_TJ, reports.toString()).exit()).isZero();
        CliRun again = CliRun.of(db(), "ingest", reports.toString());
        assertThat(again.out()).contains("0 stored");
        try (Store store = JdbcStore.open(db())) {
            assertThat(store.documents().find("r.txt").orElseThrow().conflict()).isEqualTo(KG_TJ);
        }
    }

    /** The shipped configuration files of a conflict, copied into a folder on disk. */
    private static Path copyOfShipped(String id, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String file : List.of("conflict.yaml", "actors.yaml", "places.yaml", "features.yaml")) {
            try (InputStream in = ConflictOptionTest.class.getResourceAsStream("/conflicts/" + id + "/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        return folder;
    }
}
