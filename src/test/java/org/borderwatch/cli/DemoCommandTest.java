package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.ingest.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on a store that has history: it says which gazetteer and reports it uses, honours --wof over
 * the coarse default, keeps this run's counts apart from the store's, and stops early on missing input
 * or a taken port. Always given --corpus and a gazetteer, so it never reads ../shared or the network.
 */
class DemoCommandTest {
    @TempDir
    Path dir;
    private String db;
    private Path sample;

    @BeforeEach
    void sampleAndACoarseGazetteer() throws Exception {
        db = dir.resolve("store").toString();
        sample = SampleCorpus.extractTo(dir.resolve("sample"));
        // a stand-in for the coarse default: a GeoNames file imported under the default's source id
        Path cities = dir.resolve("cities500.txt");
        Files.writeString(cities, String.join("\t", "616635", "Jermuk", "Jermuk", "", "39.8414", "45.6701", "P", "PPL",
                "AM", "", "05", "", "", "", "4000", "", "2000", "Asia/Yerevan", "2020-01-01") + "\n");
        CliRun imported = run("gazetteer", "import", "--geonames", cities.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.of(db, args);
    }

    @Test
    void honoursWofOverTheCoarseDefaultAndKeepsThisRunApartFromTheStore() throws Exception {
        CliRun first = run("demo", "--no-serve", "--corpus", sample.toString(), "--wof", wofFixture().toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("gazetteer: importing Who's On First from " + dir.resolve("wof") + " (--wof)")
                .contains("replaces the coarse default gazetteer (geonames-cities500)")
                .contains("reports:   " + sample + " (--corpus)")
                .contains("This run: 5 reports read (5 new to the store); ")
                .contains("The store holds 5 documents with ");
        assertThat(line(first.out(), "gazetteer: in use: ")).contains("wof (").doesNotContain("geonames-cities500");

        // a second run keeps the stored Who's On First and finds nothing new
        CliRun again = run("demo", "--no-serve", "--corpus", sample.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("gazetteer: the one already in the store\n")
                .contains("This run: 5 reports read (0 new to the store); 0 events extracted from 0 documents.")
                .contains("The store holds 5 documents with ");

        // documents of other runs are named as such
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("note.txt"), "On 3 March 2022 a protest took place in Yerevan.\n");
        assertThat(run("ingest", other.toString()).exit()).isZero();
        CliRun third = run("demo", "--no-serve", "--corpus", sample.toString());
        assertThat(third.out()).contains("The store holds 6 documents (1 not from these reports) with ");
    }

    @Test
    void aMissingCorpusOrWofIsAUsageErrorAndNothingIsTouched() {
        CliRun corpus = run("demo", "--no-serve", "--corpus", dir.resolve("missing").toString());
        assertThat(corpus.exit()).isEqualTo(2);
        assertThat(corpus.out()).isEmpty();
        assertThat(corpus.err().lines().toList()).containsExactly(
                "borderwatch demo: --corpus " + dir.resolve("missing") + ": no such folder",
                "Try 'borderwatch demo --help' for more information.");
        CliRun wof = run("demo", "--no-serve", "--corpus", sample.toString(), "--wof", dir.resolve("nowhere").toString());
        assertThat(wof.exit()).isEqualTo(2);
        assertThat(wof.err()).startsWith("borderwatch demo: --wof " + dir.resolve("nowhere") + ": no such folder");
        assertThat(run("documents").out()).contains("No documents stored yet");
    }

    @Test
    void aTakenPortIsFoundBeforeThePipelineRuns() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = run("demo", "--corpus", sample.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("borderwatch demo: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + " (in use, or not an address of this machine); choose another with --port or --host");
        }
        assertThat(run("documents").out()).contains("No documents stored yet");
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in " + text));
    }

    /** Who's On First records for Armenia and one of its towns, as the importer reads them. */
    private Path wofFixture() throws Exception {
        Path wof = Files.createDirectories(dir.resolve("wof"));
        Files.writeString(wof.resolve("1.geojson"), """
                {"type": "Feature", "properties": {"wof:id": 1, "wof:placetype": "country", "wof:name": "Armenia",
                 "wof:country": "AM"},
                 "geometry": {"type": "Polygon", "coordinates": [[[43.4, 38.8], [46.7, 38.8], [46.7, 41.3], [43.4, 41.3], [43.4, 38.8]]]}}
                """);
        Files.writeString(wof.resolve("2.geojson"), """
                {"type": "Feature", "properties": {"wof:id": 2, "wof:placetype": "locality", "wof:name": "Jermuk",
                 "wof:country": "AM"},
                 "geometry": {"type": "Point", "coordinates": [45.6701, 39.8414]}}
                """);
        return wof;
    }
}
