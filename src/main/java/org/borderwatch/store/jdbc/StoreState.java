package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's counters about itself (table store_state, migration V6). Reading one FOR UPDATE locks its
 * row until the transaction ends, which is how writers in different processes queue for the same work.
 */
final class StoreState {
    static final String EVENTS_VERSION = "events_version";
    static final String MERGES_VERSION = "merges_version";
    static final String DOCUMENTS_LOCK = "documents_lock";
    static final String GAZETTEER_LOCK = "gazetteer_lock";

    private StoreState() {
    }

    static long read(Connection c, String name) throws SQLException {
        return select(c, "SELECT counter FROM store_state WHERE name = ?", name);
    }

    /** Reads a counter and holds its row until the transaction ends. */
    static long lock(Connection c, String name) throws SQLException {
        return select(c, "SELECT counter FROM store_state WHERE name = ? FOR UPDATE", name);
    }

    static void increment(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_state SET counter = counter + 1 WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    static void set(Connection c, String name, long value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_state SET counter = ? WHERE name = ?")) {
            ps.setLong(1, value);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    private static long select(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the store lacks its state row " + name + " (migration V6)");
                }
                return rs.getLong(1);
            }
        }
    }
}
