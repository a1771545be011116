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
