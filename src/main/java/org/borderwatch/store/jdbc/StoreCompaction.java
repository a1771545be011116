package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.borderwatch.store.Compaction;
import org.borderwatch.store.StoreException;

/**
 * Gives back the space replaced data takes. H2 appends every change to its file and reuses the space of
 * replaced pages only partly as it goes, so a store that is written to a lot (re-extraction, many uploads)
 * grows to many times its live data: SHUTDOWN COMPACT rewrites the file with only what is live, which
 * needs the store to itself. PostgreSQL reuses space through its autovacuum; VACUUM does so at once.
 */
final class StoreCompaction {
    /** Below this a file is not worth rewriting on close. */
    static final long MIN_BLOATED_BYTES = 32L * 1024 * 1024;

    private StoreCompaction() {
    }

    /**
     * Compacts the H2 store {@code c} is connected to when this connection is its only user and at most half
     * the file is live data; the store is then closed. Does nothing otherwise.
     */
    static boolean compactIfBloated(Connection c) throws SQLException {
        if (otherSessions(c) > 0) {
            return false;
        }
        Map<String, Long> info = h2Info(c);
        long size = info.getOrDefault("info.FILE_SIZE", 0L);
        if (size < MIN_BLOATED_BYTES || liveBytes(info) * 2 > size) {
            return false;
        }
        shutdownCompact(c);
        return true;
    }

    /** Compacts the store now: H2 fully (refused while another process uses it), PostgreSQL by VACUUM. */
    static Compaction compact(Connection c, boolean embedded, String name) throws SQLException {
        if (!embedded) {
            long before = postgresBytes(c);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
            return new Compaction(before, postgresBytes(c));
        }
        if (otherSessions(c) > 0) {
            throw new StoreException("store " + name + " is in use by another process (a server, or another command);"
                    + " stop it, then compact");
        }
        long before = h2Info(c).getOrDefault("info.FILE_SIZE", 0L);
        String file = fileOf(c);
        shutdownCompact(c);
        return new Compaction(before, file == null ? -1 : new java.io.File(file + ".mv.db").length());
    }

    /** The live data in the file: the part of the file the chunks fill, times the part of the chunks still live. */
    static long liveBytes(Map<String, Long> info) {
        long size = info.getOrDefault("info.FILE_SIZE", 0L);
        return size * info.getOrDefault("info.FILL_RATE", 100L) / 100 * info.getOrDefault("info.CHUNKS_FILL_RATE", 100L) / 100;
    }

    private static long otherSessions(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.sessions")) {
            rs.next();
            return rs.getLong(1) - 1;
        }
    }

    /** H2's figures about its file (FILE_SIZE in bytes, FILL_RATE and CHUNKS_FILL_RATE in percent). */
    static Map<String, Long> h2Info(Connection c) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT setting_name, setting_value FROM information_schema.settings"
                     + " WHERE setting_name IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                info.put(rs.getString(1), Long.parseLong(rs.getString(2).replace("%", "").trim()));
            }
        }
        return info;
    }

    private static String fileOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void shutdownCompact(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    private static long postgresBytes(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
