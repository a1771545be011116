package org.borderwatch.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.borderwatch.store.BackupContents;
import org.borderwatch.store.Compaction;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.borderwatch.store.TokenRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The store on a JDBC database: embedded H2 in file mode by default, PostgreSQL when given a
 * jdbc:postgresql: URL. Opening migrates the schema (Flyway, classpath db/migration).
 */
public final class JdbcStore implements Store {
    /** H2 settings that make it accept the same SQL as PostgreSQL and sort nulls the same way. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final int MAX_CONNECTIONS = 8;
    /** H2's error codes for a database file another process holds, and for a file that is not a database. */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    /** A database created with other settings (upper-case names) lacks the schema our settings expect. */
    private static final int H2_SCHEMA_NOT_FOUND = 90079;

    static {
        // H2 listens on every address for the processes it serves a store file to (they must also know a random
        // key kept in the lock file beside the store). Only this machine's processes need it, so it listens on
        // the loopback address, unless the user chose otherwise. Set before H2 first reads it.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final String name;
    private final boolean embedded;
    private final JdbcConnectionPool pool;
    private final Database db;
    private final JdbcDocumentRepository documents;
    private final JdbcEventRepository events;
    private final JdbcGazetteerRepository gazetteer;
    private final JdbcTokenRepository tokens;

    private JdbcStore(String name, boolean embedded, JdbcConnectionPool pool) {
        this.name = name;
        this.embedded = embedded;
        this.pool = pool;
        this.db = new Database(pool);
        this.documents = new JdbcDocumentRepository(db);
        this.events = new JdbcEventRepository(db, new JacksonEventCodec());
        this.gazetteer = new JdbcGazetteerRepository(pool);
        this.tokens = new JdbcTokenRepository(db);
    }

    /**
     * Opens (creating and migrating when needed) the store named by a file path or a JDBC URL.
     *
     * @param pathOrUrl a file path for an embedded H2 store (".mv.db" may be given or left off),
     *                  a jdbc:postgresql: URL (user and password as URL parameters), or a jdbc:h2: URL
     * @throws StoreException with a one-line reason when the store cannot be opened
     */
    public static Store open(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            throw new StoreException("no store given: name a database file or a jdbc:postgresql: URL");
        }
        String name = pathOrUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
        JdbcConnectionPool pool = pool(pathOrUrl);
        try {
            checkConnection(pool, name);
            migrate(pool, name);
            return new JdbcStore(name, !pathOrUrl.startsWith("jdbc:postgresql:"), pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static JdbcConnectionPool pool(String pathOrUrl) {
        JdbcConnectionPool pool;
        if (pathOrUrl.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setUrl(pathOrUrl);
            pool = JdbcConnectionPool.create(pg);
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(pathOrUrl.startsWith("jdbc:h2:") ? withH2Settings(pathOrUrl) : h2FileUrl(pathOrUrl));
            h2.setUser("sa");
            h2.setPassword("");
            pool = JdbcConnectionPool.create(h2);
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** The H2 URL of a store file; creates its folder. */
    static String h2FileUrl(String path) {
        String p = path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
        if (p.endsWith(".mv.db")) {
            p = p.substring(0, p.length() - ".mv.db".length());
        }
        Path file = Path.of(p).toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException("store " + path + " is a folder; name a file in it, for example "
                    + file.resolve("borderwatch"));
        }
        try {
            createPrivately(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + path + ": " + e.getMessage(), e);
        }
        // A page cache of up to 256 MB (H2's default is far smaller) keeps a 100,000-event table and its indexes
        // in memory once read: a filtered scan then takes ~0.1 s instead of re-reading the file for ~2 s. At most
        // a quarter of the heap, though, so that a small heap is left room for the work itself.
        // AUTO_SERVER: the first process to open the file serves it to the others over a loopback socket (see the
        // static initialiser), so commands work on a store a server has open; AUTO_RECONNECT lets a process that was
        // served carry on, serving the file itself, when the first one ends.
        // LOCK_TIMEOUT: a writer waits up to a minute for another's transaction (a large document, a gazetteer) to
        // end, where H2's default gives up after a second; PostgreSQL waits without limit.
        return "jdbc:h2:file:" + file + H2_SETTINGS
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;CACHE_SIZE=" + cacheKilobytes() + ";LOCK_TIMEOUT=60000";
    }

    /**
     * Creates the store's folder, readable by its owner only where the file system has POSIX permissions:
     * besides the data, it holds the lock file with the key other processes use to reach the store.
     */
    private static void createPrivately(Path folder) throws IOException {
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    private static long cacheKilobytes() {
        return Math.min(256L * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024);
    }

    private static String withH2Settings(String url) {
        return url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? url : url + H2_SETTINGS;
    }

    private static void checkConnection(DataSource ds, String name) {
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StoreException(openFailure(name, e), e);
        }
    }

    private static String openFailure(String name, SQLException e) {
        SQLException first = e;
        while (first.getCause() instanceof SQLException inner && first.getErrorCode() == 0) {
            first = inner;
        }
        return switch (first.getErrorCode()) {
            case H2_DATABASE_IN_USE -> "store " + name + " is in use by a process that does not share it (an"
                    + " older borderwatch, or another program); stop it or use another --db";
            case H2_FILE_CORRUPTED -> "store " + name + " is not a BorderWatch store (the file is not a readable"
                    + " H2 database)";
            case H2_WRONG_USER_OR_PASSWORD, H2_SCHEMA_NOT_FOUND -> "store " + name
                    + " is not a BorderWatch store (it belongs to another application)";
            default -> "cannot open store " + name + ": " + Database.firstLine(first.getMessage());
        };
    }

    /** How often a writer that lost the race to create a new store tries again, and how long it waits first. */
    private static final int MIGRATION_ATTEMPTS = 5;
    private static final long MIGRATION_RETRY_MILLIS = 200;

    /**
     * Brings the store's schema up to date. Writers that open a new store at the same moment (separate processes) may
     * each apply its first migration; the one whose row in the schema history comes second fails, and finds the schema
     * made when it tries again.
     */
    private static void migrate(DataSource ds, String name) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                // Migrations are numbered in ranges given to work done side by side, so one may arrive with a
                // lower number than one a store already has (V6 after V10): it is applied then, not refused.
                // Each only adds tables, columns or indexes, so their order does not matter.
                .outOfOrder(true)
                .loggers(SilentFlywayLog.class.getName())
                .load();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                boolean failedMidRace = failedRowOfTheRace(e);
                if (attempt >= MIGRATION_ATTEMPTS || !lostCreationRace(e) && !validatedMidRace(e) && !failedMidRace) {
                    throw migrationFailure(name, e);
                }
                if (failedMidRace) {
                    // the writer that lost the race left its attempt in the history as failed (a database whose DDL
                    // is not transactional keeps such rows); the schema it tried to make is there, so the row goes
                    flyway.repair();
                }
                try {
                    Thread.sleep(MIGRATION_RETRY_MILLIS * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw migrationFailure(name, e);
                }
            }
        }
    }

    /** Whether another writer applied the same migration first: its schema-history row, or a table, is already there. */
    private static boolean lostCreationRace(FlywayException e) {
        String reason = Database.firstLine(String.valueOf(e.getMessage()));
        return reason.contains("Unable to insert row") || reason.contains("already exists")
                || reason.contains("Unique index or primary key violation") || reason.contains("Unable to create");
    }

    /**
     * Whether validation failed on what may be another writer's migration still under way (its history row not yet
     * marked done): seen once in a test of four writers opening a new store at the same moment. A store that is really
     * from another build fails the same way on the last attempt, a second or two later.
     */
    private static boolean validatedMidRace(FlywayException e) {
        return Database.firstLine(String.valueOf(e.getMessage())).contains("Validate failed");
    }

    /**
     * Whether the history holds a failed row for a migration: left by a writer that lost the race to create a new store
     * (seen once in a test of four writers under load). A migration that really fails leaves the same row, and fails
     * again, with its own reason, on the next attempt.
     */
    private static boolean failedRowOfTheRace(FlywayException e) {
        return Database.firstLine(String.valueOf(e.getMessage())).contains("contains a failed migration");
    }

    private static StoreException migrationFailure(String name, FlywayException e) {
        String reason = Database.firstLine(e.getMessage());
        if (reason.contains("without schema history table") || reason.contains("non-empty schema")) {
            return new StoreException("store " + name + " is not a BorderWatch store (it holds other tables)", e);
        }
        if (reason.contains("Validate failed") || reason.contains("checksum mismatch")) {
            return new StoreException("store " + name + " was made by an incompatible development build of"
                    + " BorderWatch; delete it or use another --db", e);
        }
        if (reason.contains("newer than") || reason.contains("not resolved locally")) {
            return new StoreException("store " + name + " was made by a newer BorderWatch; use that version", e);
        }
        return new StoreException("cannot prepare store " + name + ": " + reason, e);
    }

    @Override
    public DocumentRepository documents() {
        return documents;
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public GazetteerRepository gazetteer() {
        return gazetteer;
    }

    @Override
    public TokenRepository tokens() {
        return tokens;
    }

    /**
     * PostgreSQL makes a transaction durable when it commits. H2 writes committed transactions to its file in
     * the background, up to a second later (so batches of writes cost one file write, not one each);
     * CHECKPOINT SYNC writes them now and syncs the file.
     */
    @Override
    public void sync() {
        if (embedded) {
            try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new StoreException("could not write the store " + name + " to disk: "
                        + Database.firstLine(e.getMessage()), e);
            }
        }
    }

    @Override
    public BackupContents backup(OutputStream out) {
        try (Connection c = pool.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            // one snapshot of every table, however long the backup takes and whoever writes meanwhile
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            c.setAutoCommit(false);
            try {
                BackupContents written = StoreBackup.write(c, out);
                c.commit();
                return written;
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new StoreException("could not back up store " + name + ": " + Database.firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new StoreException("could not write the backup of store " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public BackupContents restore(InputStream in) {
        BackupContents restored = db.inTransaction("restore store " + name, c -> {
            try {
                return StoreRestore.read(c, in, name);
            } catch (IOException e) {
                throw new StoreException("could not read the backup: " + e.getMessage(), e);
            }
        });
        sync();
        return restored;
    }

    /** The embedded store's live data in bytes, by H2's own figures (for tests and benchmarks). */
    long liveBytes() {
        try (Connection c = pool.getConnection()) {
            return StoreCompaction.liveBytes(StoreCompaction.h2Info(c));
        } catch (SQLException e) {
            throw new StoreException("could not read the size of store " + name, e);
        }
    }

    @Override
    public Compaction compact() {
        try (Connection c = pool.getConnection()) {
            if (embedded) {
                pool.dispose(); // closes the idle connections, so that only others' sessions remain besides c
            }
            return StoreCompaction.compact(c, embedded, name);
        } catch (SQLException e) {
            throw new StoreException("could not compact store " + name + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Closes the store. The last process to close an embedded store whose file has grown to more than twice
     * its live data rewrites it first (see {@link StoreCompaction}), so it does not keep growing between
     * explicit compactions; that takes about a second per 50 MB of live data.
     */
    @Override
    public void close() {
        if (embedded) {
            try (Connection c = pool.getConnection()) {
                pool.dispose(); // closes the idle connections, so that only others' sessions remain besides c
                StoreCompaction.compactIfBloated(c);
            } catch (SQLException | RuntimeException e) {
                // the store is closed either way; compacting waits for the next close
            }
        }
        pool.dispose();
    }

    @Override
    public String toString() {
        return "JdbcStore[" + name + "]";
    }
}
