package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The store's own tables as the database describes them (so that a backup includes what later migrations
 * add), in an order where a table comes after every table it refers to; and the migrations applied.
 */
final class StoreTables {
    static final String SCHEMA = "public";
    static final String MIGRATIONS_TABLE = "flyway_schema_history";

    private StoreTables() {
    }

    /** Every table of the schema but Flyway's, parents before children. */
    static List<String> inDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, SCHEMA, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase(MIGRATIONS_TABLE)) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, SCHEMA, e.getKey())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(e.getKey())) {
                        e.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new SQLException("the store's tables refer to each other in a cycle: " + parents);
            }
        }
        return ordered;
    }

    /** The versions of the migrations applied, in the order they were applied. */
    static List<String> appliedMigrations(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"version\" FROM \"" + MIGRATIONS_TABLE + "\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
