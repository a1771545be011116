package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gazetteer import/status and places find/near on a small GeoNames-format file. */
class GazetteerCommandsTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(dir.resolve("store").toString(), args);
    }

    private static String line(String id, String name, String alt, String lat, String lon, String cc, String admin1, String pop) {
        return String.join("\t", id, name, name, alt, lat, lon, "P", "PPL", cc, "", admin1, "", "", "", pop, "", "0",
                "Asia/Yerevan", "2020-01-01") + "\n";
    }

    @Test
    void importsAGeoNamesFileAndLooksPlacesUp() throws Exception {
        assertThat(run("gazetteer", "status").out()).contains("gazetteer is empty");
        Path file = dir.resolve("cities.txt");
        Files.writeString(file, line("1", "Goris", "Gorus", "39.5111", "46.3383", "AM", "08", "20000")
                + line("2", "Kapan", "Qafan", "39.2075", "46.4058", "AM", "08", "33000")
                + line("3", "Tbilisi", "", "41.69", "44.83", "GE", "04", "1000000"));

        CliRun imported = run("gazetteer", "import", "--geonames", file.toString(), "--countries", "AM");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("geonames-cities").contains("2 places").contains("GeoNames");

        CliRun status = run("gazetteer", "status");
        assertThat(status.out()).contains("Armenia").contains("Attribution").contains("CC-BY");

        CliRun find = run("places", "find", "Gorus");
        assertThat(find.exit()).isZero();
        assertThat(find.out()).contains("Goris").contains("Syunik").contains("Armenia").contains("LOCALITY");

        CliRun near = run("places", "near", "39.21", "46.40", "--limit", "1");
        assertThat(near.out()).contains("Kapan").doesNotContain("Goris");

        CliRun none = run("places", "find", "Tbilisi");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("no place named");
    }

    /**
     * A Who's On First record as a file in {@code folder}: a country with a box outline, or a locality at a point
     * (the label point, which only countries use, is a rough one).
     */
    private static void wofRecord(Path folder, long id, String placetype, String name, String country, String geometry)
            throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".geojson"), "{\"type\":\"Feature\",\"properties\":{\"wof:id\":" + id
                + ",\"wof:placetype\":\"" + placetype + "\",\"wof:name\":\"" + name + "\",\"wof:country\":\"" + country
                + "\",\"lbl:latitude\":40.0,\"lbl:longitude\":45.0},\"geometry\":" + geometry + "}");
    }

    /** A box outline as GeoJSON. */
    private static String box(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }

    private static String point(double lon, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }

    private Path wofArmenia() throws Exception {
        Path am = dir.resolve("wof/am");
        wofRecord(am, 85632773, "country", "Armenia", "AM", box(43.4, 38.8, 46.65, 41.3));
        wofRecord(am, 101914001, "locality", "Goris", "AM", point(46.338, 39.511));
        return am;
    }

    private Path wofAzerbaijan() throws Exception {
        Path az = dir.resolve("wof/az");
        wofRecord(az, 85632339, "country", "Azerbaijan", "AZ", box(46.65, 38.4, 50.5, 41.9));
        wofRecord(az, 101751729, "locality", "Baku", "AZ", point(49.867, 40.409));
        return az;
    }

    @Test
    void aSecondWofImportKeepsTheFirstCountryAndRemoveDropsOneOnPurpose() throws Exception {
        Path am = wofArmenia();
        Path az = wofAzerbaijan();
        assertThat(run("gazetteer", "import", "--wof", am.toString()).out()).contains("wof-am").doesNotContain("replac");

        CliRun second = run("gazetteer", "import", "--wof", az.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("wof-az").doesNotContain("wof-am").doesNotContain("replac");
        assertThat(run("places", "find", "Goris").out()).contains("Goris").contains("Armenia");
        assertThat(run("places", "find", "Baku").out()).contains("Baku").contains("Azerbaijan");

        CliRun again = run("gazetteer", "import", "--wof", am.toString());
        assertThat(again.out()).contains("wof-am").contains("replacing 2 places and 1 boundary imported before");

        CliRun remove = run("gazetteer", "remove", "wof-am");
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("removed wof-am: 2 places, 1 boundary");
        assertThat(run("places", "find", "Goris").exit()).isEqualTo(1);
        assertThat(run("places", "find", "Baku").out()).contains("Baku");
        assertThat(run("gazetteer", "status").out()).contains("wof-az").doesNotContain("wof-am");

        CliRun unknown = run("gazetteer", "remove", "wof-xx");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no gazetteer source wof-xx").contains("wof-az");
    }

    @Test
    void badRecordsAreLeftOutAndNamedAndTheRestIsImported() throws Exception {
        Path am = wofArmenia();
        Files.writeString(am.resolve("1.geojson"), "{\"type\":\"Feature\",\"properties\":{\"wof:id\":1,");
        wofRecord(am, 2, "locality", "Textville", "AM", "{\"type\":\"Point\",\"coordinates\":[\"46.3\",\"x\"]}");
        wofRecord(am, 3, "region", "Brokenland", "AM", "{\"type\":\"Polygon\",\"coordinates\":[[[46.0]]]}");

        CliRun imported = run("gazetteer", "import", "--wof", am.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("wof-am                    2 places");
        assertThat(imported.err()).contains("left out 3 records").contains("1.geojson: not readable JSON")
                .contains("2.geojson: its point is not a pair of numbers").contains("3.geojson: a broken Polygon")
                .doesNotContain("Exception");
        assertThat(run("places", "find", "Goris").out()).contains("Goris");
        assertThat(run("places", "find", "Textville").exit()).isEqualTo(1);
        assertThat(run("places", "near", "0", "0").out()).doesNotContain("Textville");

        Path file = dir.resolve("cities.txt");
        Files.writeString(file, line("1", "Goris", "Gorus", "39.5111", "46.3383", "AM", "08", "20000")
                + line("2", "Nowhere", "", "north", "east", "AM", "08", "1")
                + line("3", "Kapan", "Qafan", "39.2075", "46.4058", "AM", "08", "33000"));
        CliRun geonames = run("gazetteer", "import", "--geonames", file.toString());
        assertThat(geonames.exit()).as(geonames.err()).isZero();
        assertThat(geonames.out()).contains("2 places");
        assertThat(geonames.err()).contains("left out 1 record").contains("cities.txt line 2: coordinates \"north\", \"east\"");
    }

    @Test
    void badInputGetsOneClearLine() {
        CliRun r = run("gazetteer", "import", "--wof", dir.resolve("missing").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("borderwatch gazetteer import:").contains("not a folder").doesNotContain("Exception");
        CliRun empty = run("places", "find", "Goris");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("gazetteer is empty");
    }
}
