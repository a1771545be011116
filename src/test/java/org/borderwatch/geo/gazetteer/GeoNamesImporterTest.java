package org.borderwatch.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesImporterTest {
    @TempDir
    Path dir;

    private static String line(String... cols) {
        return String.join("\t", cols) + "\n";
    }

    @Test
    void readsCitiesFormatKeepingTheChosenCountries() throws Exception {
        Path file = dir.resolve("cities500.txt");
        Files.writeString(file,
                line("1001", "Goris", "Goris", "Gorus,Горис", "39.5111", "46.3383", "P", "PPL", "AM", "", "08", "", "", "",
                        "20000", "", "1400", "Asia/Yerevan", "2020-01-01")
                + line("1002", "Ordubad", "Ordubad", "", "38.9059", "46.0234", "P", "PPLA2", "AZ", "", "99", "", "", "",
                        "10000", "", "900", "Asia/Baku", "2020-01-01")
                + line("1003", "Tbilisi", "Tbilisi", "", "41.69", "44.83", "P", "PPLC", "GE", "", "04", "", "", "",
                        "1000000", "", "500", "Asia/Tbilisi", "2020-01-01"));
        ImportBatch b = new GeoNamesImporter(Set.of("AM", "AZ"), Map.of("AM.08", "Syunik"), null)
                .read(file, "geonames-test", ProgressListener.SILENT, skipped -> {
                    throw new AssertionError("skipped " + skipped);
                });
        assertThat(b.places()).hasSize(2);
        GazetteerEntry goris = b.places().get(0);
        assertThat(goris.place().id()).isEqualTo("gn:1001");
        assertThat(goris.place().admin1()).isEqualTo("Syunik");
        assertThat(goris.place().country()).isEqualTo("Armenia");
        assertThat(goris.place().featureClass()).isEqualTo(FeatureClass.LOCALITY);
        assertThat(goris.place().population()).isEqualTo(20000);
        assertThat(goris.place().names()).contains("Goris", "Gorus", "Горис");
        assertThat(b.places().get(1).place().admin1()).isNull(); // code not in the table: left empty, not guessed
        assertThat(b.source().attribution()).contains("GeoNames");
    }

    @Test
    void aFileInAnotherFormatIsRejectedWithItsLine() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "name,lat,lon\nGoris,39.5,46.3\n");
        assertThatThrownBy(() -> new GeoNamesImporter(Set.of(), Map.of(), null).read(file, "x", ProgressListener.SILENT, skipped -> { }))
                .hasMessageContaining("line 1").hasMessageContaining("GeoNames");
    }
}
