package org.borderwatch.geo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The WOF data imported once for the whole test run, and loaded. Skips when the data is absent. */
    public static synchronized Geography wof() throws Exception {
        Path dir = wofDir();
        if (wofGeography == null) {
            GazetteerRepository repo = new JdbcGazetteerRepository(h2());
            new GazetteerImporter(repo, GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT)).importWof(dir, ProgressListener.SILENT);
            wofRepository = repo;
            wofGeography = Geography.load(repo);
        }
        return wofGeography;
    }

    public static synchronized GazetteerRepository wofRepository() throws Exception {
        wof();
        return wofRepository;
    }
}
