package org.borderwatch.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerEntry.NameKind;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.admin.AdminLocator;
import org.borderwatch.geo.admin.AdminUnits;
import org.borderwatch.geo.names.EnglishSpelling;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a folder of Who's On First GeoJSON records (one place per file, any depth) into a batch:
 * countries and regions with their polygons, Armenian communities (localadmin) and localities with every
 * name. Country and region of a locality come from point-in-polygon over the imported outlines rather
 * than from WOF's hierarchy, which is wrong for some border villages; a point outside every region
 * polygon gets the nearest region of its country.
 */
public final class WofImporter {
    public static final String SOURCE_ID = "wof";
    public static final String ATTRIBUTION = "Place data from Who's On First (https://whosonfirst.org/docs/licenses/):"
            + " CC-BY 4.0 overall, parts CC0; includes data from GeoNames (CC-BY 4.0), Quattroshapes (CC-BY),"
            + " GeoPlanet (CC-BY) and Natural Earth (public domain).";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeoConfig.Places config;
    private final EnglishSpelling spelling;

    /** @param spelling how unit names in a Latin alphabet of the region are spelt in English (display names) */
    public WofImporter(GeoConfig.Places config, EnglishSpelling spelling) {
        this.config = config;
        this.spelling = spelling;
    }

    /** One WOF record we keep, before country and region are known. */
    private record Raw(long id, String placetype, String name, List<GazetteerEntry.Name> names, GeoPoint point,
                       Geometry geometry, String countryCode, String geonamesId, long population) {
    }

    public ImportBatch read(Path folder, ProgressListener progress) throws IOException {
        return read(List.of(folder), progress);
    }

    /** Several folders as one import (say one per country: data/wof/kg and data/wof/tj). */
    public ImportBatch read(List<Path> folders, ProgressListener progress) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a folder: " + folder);
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                List<Path> found = walk.filter(p -> p.getFileName().toString().endsWith(".geojson"))
                        .filter(p -> !p.getFileName().toString().contains("-alt-"))
                        .sorted().toList();
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("no *.geojson files under " + folder);
                }
                files.addAll(found);
            }
        }
        List<Raw> raws = new ArrayList<>();
        GeoJsonReader geoJson = new GeoJsonReader(AdminLocator.WGS84);
        int done = 0;
        for (Path file : files) {
            Raw raw = parse(file, geoJson);
            if (raw != null) {
                raws.add(raw);
            }
            if (++done % 200 == 0 || done == files.size()) {
                progress.progress(done, files.size(), file.getFileName().toString());
            }
        }
        return build(raws);
    }

    private Raw parse(Path file, GeoJsonReader geoJson) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode p = root.path("properties");
        String type = p.path("wof:placetype").asText("");
        if (!List.of("country", "region", "localadmin", "locality").contains(type) || retired(p)) {
            return null;
        }
        JsonNode geometry = root.path("geometry");
        Geometry g = null;
        GeoPoint point = null;
        if ("Point".equals(geometry.path("type").asText())) {
            JsonNode c = geometry.path("coordinates");
            point = new GeoPoint(c.get(1).asDouble(), c.get(0).asDouble());
        } else if (!geometry.isMissingNode() && !geometry.isNull() && (type.equals("country") || type.equals("region"))) {
            try {
                g = geoJson.read(geometry.toString());
            } catch (ParseException e) {
                throw new IllegalArgumentException("bad geometry in " + file + ": " + e.getMessage(), e);
            }
        }
        if (point == null) {
            point = labelPoint(p);
        }
        if (point == null) {
            return null;
        }
        String name = p.path("wof:name").asText(null);
        if (name == null || name.isBlank()) {
            return null;
        }
        return new Raw(p.path("wof:id").asLong(), type, name, names(p, name), point, g,
                p.path("wof:country").asText(p.path("iso:country").asText("")), geonamesId(p), population(p));
    }

    /** Superseded, deprecated or explicitly not current records are history, not places. */
    private static boolean retired(JsonNode p) {
        if (p.path("mz:is_current").asInt(-1) == 0) {
            return true;
        }
        if (p.path("wof:superseded_by").isArray() && p.path("wof:superseded_by").size() > 0) {
            return true;
        }
        String deprecated = p.path("edtf:deprecated").asText("");
        return !deprecated.isEmpty() && !deprecated.equals("uuuu");
    }

    private static GeoPoint labelPoint(JsonNode p) {
        for (String prefix : List.of("lbl", "mps", "geom")) {
            JsonNode lat = p.get(prefix + ":latitude");
            JsonNode lon = p.get(prefix + ":longitude");
            if (lat != null && lon != null && lat.isNumber() && lon.isNumber()) {
                return new GeoPoint(lat.asDouble(), lon.asDouble());
            }
        }
        return null;
    }

    private static List<GazetteerEntry.Name> names(JsonNode p, String name) {
        NameCollector names = new NameCollector();
        names.add(name, null, NameKind.PRIMARY);
        addLang(names, p.path("name:eng_x_preferred"), "eng", NameKind.PREFERRED);
        List<String> keys = new ArrayList<>();
        p.fieldNames().forEachRemaining(keys::add);
        keys.sort(Comparator.naturalOrder());
        for (String key : keys) {
            if (key.startsWith("name:") && key.endsWith("_x_preferred")) {
                addLang(names, p.get(key), key.substring(5, key.indexOf('_')), NameKind.PREFERRED);
            }
        }
        for (String key : keys) {
            if (key.startsWith("name:") && !key.endsWith("_x_preferred")) {
                addLang(names, p.get(key), key.substring(5, Math.max(5, key.indexOf('_'))), NameKind.VARIANT);
            }
        }
        names.add(p.path("gn:name").asText(null), null, NameKind.VARIANT);
        names.add(p.path("gn:asciiname").asText(null), null, NameKind.VARIANT);
        return names.names();
    }

    private static void addLang(NameCollector names, JsonNode values, String lang, NameKind kind) {
        if (values == null || !values.isArray()) {
            return;
        }
        for (Iterator<JsonNode> it = values.elements(); it.hasNext(); ) {
            names.add(it.next().asText(), lang, kind);
        }
    }

    private static String geonamesId(JsonNode p) {
        for (JsonNode n : List.of(p.path("gn:id"), p.path("wof:concordances").path("gn:id"), p.path("gn:geonameid"))) {
            if (n.isNumber() || (n.isTextual() && !n.asText().isBlank())) {
                return n.asText();
            }
        }
        return null;
    }

    private static long population(JsonNode p) {
        long best = 0;
        for (String key : List.of("gn:population", "wof:population", "statoids:population", "gn:pop")) {
            best = Math.max(best, p.path(key).asLong(0));
        }
        return best;
    }

    private ImportBatch build(List<Raw> raws) {
        Map<String, String> countryByCode = new HashMap<>();
        List<Boundary> boundaries = new ArrayList<>();
        WKTWriter wkt = new WKTWriter();
        for (Raw r : raws) {
            if (r.placetype().equals("country")) {
                countryByCode.put(r.countryCode(), r.name());
                if (r.geometry() != null) {
                    boundaries.add(new Boundary("wof:" + r.id(), SOURCE_ID, FeatureClass.COUNTRY, r.name(), r.name(),
                            r.geonamesId(), wkt.write(r.geometry())));
                }
            }
        }
        Map<Long, String> regionNames = new HashMap<>();
        for (Raw r : raws) {
            if (r.placetype().equals("region")) {
                String display = regionName(r);
                regionNames.put(r.id(), display);
                if (r.geometry() != null) {
                    boundaries.add(new Boundary("wof:" + r.id(), SOURCE_ID, FeatureClass.REGION, display,
                            countryName(countryByCode, r.countryCode()), r.geonamesId(), wkt.write(r.geometry())));
                }
            }
        }
        AdminLocator locator = new AdminLocator(boundaries);
        List<GazetteerEntry> places = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            String codeCountry = countryName(countryByCode, r.countryCode());
            FeatureClass fc;
            String country;
            String admin1;
            List<GazetteerEntry.Name> names = r.names();
            String name = r.name();
            switch (r.placetype()) {
                case "country" -> {
                    fc = FeatureClass.COUNTRY;
                    country = r.name();
                    admin1 = null;
                }
                case "region" -> {
                    fc = FeatureClass.REGION;
                    country = codeCountry;
                    admin1 = regionNames.get(r.id());
                    name = admin1;
                    List<GazetteerEntry.Name> withDisplay = new ArrayList<>();
                    // preferred, not primary: a town and the unit named after it should resolve to the town
                    withDisplay.add(new GazetteerEntry.Name(admin1, "eng", NameKind.PREFERRED));
                    names.stream().filter(n -> !n.text().equals(admin1))
                            .map(n -> n.kind() == NameKind.PRIMARY ? new GazetteerEntry.Name(n.text(), n.lang(), NameKind.PREFERRED) : n)
                            .forEach(withDisplay::add);
                    names = withDisplay;
                }
                default -> {
                    fc = r.placetype().equals("localadmin") ? FeatureClass.DISTRICT : FeatureClass.LOCALITY;
                    AdminUnits units = locator.locate(r.point());
                    country = units.country() != null ? units.country() : codeCountry;
                    admin1 = units.admin1();
                }
            }
            Place place = new Place("wof:" + r.id(), name, names.stream().map(GazetteerEntry.Name::text).toList(),
                    r.point(), admin1, country, fc, r.population(), r.geonamesId());
            places.add(new GazetteerEntry(place, names, SOURCE_ID));
        }
        GazetteerSource source = new GazetteerSource(SOURCE_ID, "Who's On First admin data: countries "
                + String.join(", ", countryByCode.values()), ATTRIBUTION, Instant.now(), places.size(), boundaries.size());
        return new ImportBatch(source, places, boundaries);
    }

    /** A configured display name (by WOF or GeoNames id), else the WOF name spelt as English texts do. */
    private String regionName(Raw r) {
        String byId = config.regionNames().get("wof:" + r.id());
        if (byId == null && r.geonamesId() != null) {
            byId = config.regionNames().get("gn:" + r.geonamesId());
        }
        return byId != null ? byId : spelling.of(r.name());
    }

    private static String countryName(Map<String, String> byCode, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = byCode.get(code);
        return name != null ? name : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
