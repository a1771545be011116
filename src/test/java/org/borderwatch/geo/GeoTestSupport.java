package org.borderwatch.geo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.geo.gazetteer.GazetteerImporter;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.jdbc.JdbcGazetteerRepository;
import org.borderwatch.store.jdbc.SilentFlywayLog;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Test helpers: the shared WOF data when present, and an in-memory H2 store migrated by Flyway. */
public final class GeoTestSupport {
    private static Geography wofGeography;
    private static GazetteerRepository wofRepository;
    private static final Map<String, Geography> CONFLICT_GEOGRAPHIES = new HashMap<>();
    /** The conflicts shipped under src/main/resources/conflicts. */
    public static final List<String> SHIPPED_CONFLICTS = List.of(GeoConfig.DEFAULT_CONFLICT, "kyrgyzstan-tajikistan");

    private GeoTestSupport() {
    }

    /** /work/shared (system property bw.shared, else ../shared or ../../shared), or null. */
    public static Path sharedDir() {
        String prop = System.getProperty("bw.shared");
        for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    public static Path wofDir() {
        Path shared = sharedDir();
        Path wof = shared == null ? null : shared.resolve("data/wof");
        assumeTrue(wof != null && Files.isDirectory(wof),
                "Who's On First data not found (set -Dbw.shared=/path/to/shared with data/wof inside); skipping");
        return wof;
    }

    /** A fresh, migrated in-memory database. */
    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:geo-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .loggers(SilentFlywayLog.class.getName()).load().migrate();
        return ds;
    }

    /**
     * The WOF data imported once for the whole test run, as the product imports it (with the names and
     * features of every shipped conflict), and loaded with the default conflict's configuration. Skips when
     * the data is absent.
     */
    public static synchronized Geography wof() throws Exception {
        Path dir = wofDir();
        if (wofGeography == null) {
            GazetteerRepository repo = new JdbcGazetteerRepository(h2());
            GeoConfig everyConflict = GeoConfig.combined(SHIPPED_CONFLICTS.stream().map(GeoConfig::forConflict).toList());
            new GazetteerImporter(repo, everyConflict).importWof(dir, ProgressListener.SILENT);
            wofRepository = repo;
            wofGeography = Geography.load(repo);
        }
        return wofGeography;
    }

    /** The same imported data loaded with a shipped conflict's configuration (its aliases, stop words, border). */
    public static synchronized Geography wof(String conflictId) throws Exception {
        wof();
        if (!CONFLICT_GEOGRAPHIES.containsKey(conflictId)) {
            CONFLICT_GEOGRAPHIES.put(conflictId, Geography.load(wofRepository, GeoConfig.forConflict(conflictId)));
        }
        return CONFLICT_GEOGRAPHIES.get(conflictId);
    }

    public static synchronized GazetteerRepository wofRepository() throws Exception {
        wof();
        return wofRepository;
    }
}
