package org.borderwatch.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerEntry.NameKind;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.geo.admin.AdminLocator;
import org.borderwatch.geo.admin.AdminUnits;

/**
 * Reads a GeoNames dump in the tab-separated format of cities500.txt / allCountries.txt (19 columns),
 * keeping the given countries. Admin1 comes from a configured code table ("AM.08" → Syunik) when it has
 * the code, else from point-in-polygon over region outlines already in the gazetteer, else stays empty.
 */
public final class GeoNamesImporter {
    public static final String ATTRIBUTION = "Place data from GeoNames (https://www.geonames.org/), CC-BY 4.0.";

    private final Set<String> countryCodes;
    private final Map<String, String> admin1Names;
    private final AdminLocator locator;

    /**
     * @param countryCodes ISO codes to keep; empty keeps every country
     * @param admin1Names  GeoNames admin1 code ("AM.08") to unit name
     * @param locator      existing outlines for admin1/country by point, or null
     */
    public GeoNamesImporter(Set<String> countryCodes, Map<String, String> admin1Names, AdminLocator locator) {
        this.countryCodes = countryCodes;
        this.admin1Names = admin1Names;
        this.locator = locator;
    }

    /**
     * Reads the file. A file whose first record is not in GeoNames format is refused whole; a later line that
     * cannot be read (too few columns, coordinates that are not numbers or out of range) is left out and named
     * to {@code skipped}, and the rest is imported.
     */
    public ImportBatch read(Path file, String sourceId, ProgressListener progress, Consumer<String> skipped) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a file: " + file);
        }
        long size = Files.size(file);
        long read = 0;
        int lineNo = 0;
        int records = 0;
        List<GazetteerEntry> places = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                read += line.length() + 1;
                if (lineNo % 20000 == 0) {
                    progress.progress(Math.min(read, size), size, file.getFileName().toString());
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    if (records == 0) {
                        throw new IllegalArgumentException(file + " line " + lineNo + ": not GeoNames format (expected 19"
                                + " tab-separated columns, found " + f.length + ")");
                    }
                    skipped.accept(file.getFileName() + " line " + lineNo + ": " + f.length + " columns, not 19");
                    continue;
                }
                records++;
                if (!countryCodes.isEmpty() && !countryCodes.contains(f[8])) {
                    continue;
                }
                try {
                    places.add(entry(f, sourceId));
                } catch (IllegalArgumentException e) {
                    skipped.accept(file.getFileName() + " line " + lineNo + ": " + e.getMessage());
                }
            }
        }
        progress.progress(size, size, file.getFileName().toString());
        GazetteerSource source = new GazetteerSource(sourceId, "GeoNames dump " + file.getFileName()
                + (countryCodes.isEmpty() ? "" : " (countries " + String.join(", ", countryCodes) + ")"),
                ATTRIBUTION, Instant.now(), places.size(), 0);
        return new ImportBatch(source, places, List.of());
    }

    /** One record; IllegalArgumentException with the reason when its coordinates or population are not numbers. */
    private GazetteerEntry entry(String[] f, String sourceId) {
        GeoPoint point;
        try {
            double lat = Double.parseDouble(f[4]);
            double lon = Double.parseDouble(f[5]);
            if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
                throw new IllegalArgumentException("out of range");
            }
            point = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("coordinates \"" + f[4] + "\", \"" + f[5] + "\" are not a position");
        }
        NameCollector names = new NameCollector();
        names.add(f[1], null, NameKind.PRIMARY);
        names.add(f[2], null, NameKind.VARIANT);
        for (String alt : f[3].split(",")) {
            names.add(alt, null, NameKind.VARIANT);
        }
        String country = new Locale("", f[8]).getDisplayCountry(Locale.ENGLISH);
        String admin1 = admin1Names.get(f[8] + "." + f[10]);
        if (locator != null && (admin1 == null || country.isBlank())) {
            AdminUnits units = locator.locate(point);
            admin1 = admin1 != null ? admin1 : units.admin1();
            country = country.isBlank() && units.country() != null ? units.country() : country;
        }
        long population;
        try {
            population = f[14].isBlank() ? 0 : Long.parseLong(f[14].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population \"" + f[14] + "\" is not a number");
        }
        List<GazetteerEntry.Name> all = names.names();
        Place place = new Place("gn:" + f[0], f[1], all.stream().map(GazetteerEntry.Name::text).toList(), point,
                admin1, country.isBlank() ? null : country, featureClass(f[6], f[7]), population, f[0]);
        return new GazetteerEntry(place, all, sourceId);
    }

    static FeatureClass featureClass(String featureClass, String code) {
        return switch (featureClass) {
            case "P" -> FeatureClass.LOCALITY;
            case "A" -> code.startsWith("PCL") ? FeatureClass.COUNTRY
                    : code.equals("ADM1") ? FeatureClass.REGION : FeatureClass.DISTRICT;
            case "T" -> FeatureClass.HEIGHT;
            case "H" -> code.startsWith("LK") ? FeatureClass.LAKE : FeatureClass.OTHER;
            case "R" -> FeatureClass.ROAD;
            default -> FeatureClass.OTHER;
        };
    }
}
