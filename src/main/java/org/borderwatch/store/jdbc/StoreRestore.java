package org.borderwatch.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.borderwatch.store.BackupContents;
import org.borderwatch.store.StoreException;

/**
 * Reads a backup written by {@link StoreBackup} into an empty store, in the caller's transaction: a backup
 * that is cut short, made by a newer BorderWatch, or not a backup at all leaves the store as it was.
 */
final class StoreRestore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;
    /** The tables whose rows make a store not empty (the others hold only what migrations put there). */
    private static final List<String> CONTENT_TABLES = List.of("documents", "events", "gaz_place", "gaz_boundary");

    private StoreRestore() {
    }

    static BackupContents read(Connection c, InputStream in, String storeName) throws SQLException, IOException {
        requireEmpty(c, storeName);
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals(StoreBackup.MANIFEST)) {
            throw new StoreException("not a BorderWatch backup (it has no " + StoreBackup.MANIFEST + " first)");
        }
        JsonNode manifest = JSON.readTree(zip.readAllBytes());
        if (!StoreBackup.FORMAT.equals(manifest.path("format").asText())) {
            throw new StoreException("not a BorderWatch backup (its manifest names no backup format)");
        }
        if (manifest.path("formatVersion").asInt() > StoreBackup.FORMAT_VERSION) {
            throw new StoreException("the backup was written by a newer BorderWatch (format "
                    + manifest.path("formatVersion").asInt() + "); restore it with that version");
        }
        List<String> migrations = new ArrayList<>();
        manifest.path("schemaVersions").forEach(v -> migrations.add(v.asText()));
        List<String> missing = new ArrayList<>(migrations);
        missing.removeAll(StoreTables.appliedMigrations(c));
        if (!missing.isEmpty()) {
            throw new StoreException("the backup was made by a newer BorderWatch (its store had migrations "
                    + String.join(", ", missing) + " that this one lacks); restore it with that version");
        }
        List<String> tables = new ArrayList<>();
        manifest.path("tables").forEach(t -> tables.add(t.asText()));
        List<String> known = StoreTables.inDependencyOrder(c);
        for (String table : tables) {
            if (!known.contains(table)) {
                throw new StoreException("the backup holds a table this store lacks: " + table);
            }
        }
        // Rows the migrations seeded (counters) give way to the backup's.
        for (int i = tables.size() - 1; i >= 0; i--) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + tables.get(i));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            entry = zip.getNextEntry();
            String expected = StoreBackup.entryName(i, tables.get(i));
            if (entry == null || !entry.getName().equals(expected)) {
                throw new StoreException("the backup is incomplete: " + expected + " is missing");
            }
            rows.put(tables.get(i), readTable(c, tables.get(i), zip));
        }
        entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals(StoreBackup.COUNTS)) {
            throw new StoreException("the backup is incomplete: it was cut short before its last part");
        }
        JsonNode counts = JSON.readTree(zip.readAllBytes());
        for (Map.Entry<String, Long> e : rows.entrySet()) {
            if (counts.path(e.getKey()).asLong(-1) != e.getValue()) {
                throw new StoreException("the backup is damaged: table " + e.getKey() + " has " + e.getValue()
                        + " rows where " + counts.path(e.getKey()).asLong(-1) + " were written");
            }
        }
        return new BackupContents(rows, migrations);
    }

    private static void requireEmpty(Connection c, String storeName) throws SQLException {
        for (String table : CONTENT_TABLES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new StoreException("store " + storeName + " is not empty (" + rs.getLong(1) + " rows in "
                            + table + "); restore into a new store (another --db), so that nothing in it is lost");
                }
            }
        }
    }

    private static long readTable(Connection c, String table, InputStream zip) throws SQLException, IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
        String header = lines.readLine();
        if (header == null) {
            throw new StoreException("the backup is damaged: table " + table + " has no column list");
        }
        List<String> columns = new ArrayList<>();
        JSON.readTree(header).path("columns").forEach(col -> columns.add(col.asText()));
        Map<String, Integer> typeOf = new HashMap<>();
        Map<String, ColumnValues.Kind> kindOf = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int col = 1; col <= meta.getColumnCount(); col++) {
                String name = meta.getColumnName(col).toLowerCase(Locale.ROOT);
                typeOf.put(name, meta.getColumnType(col));
                kindOf.put(name, ColumnValues.kind(meta, col));
            }
        }
        for (String col : columns) {
            if (!typeOf.containsKey(col)) {
                throw new StoreException("the backup holds a column this store lacks: " + table + "." + col
                        + " (made by a newer BorderWatch?)");
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long count = 0;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                if (!row.isArray() || row.size() != columns.size()) {
                    throw new StoreException("the backup is damaged: a row of " + table + " has "
                            + row.size() + " values for " + columns.size() + " columns");
                }
                for (int col = 0; col < columns.size(); col++) {
                    String name = columns.get(col);
                    ColumnValues.bind(insert, col + 1, row.get(col), kindOf.get(name), typeOf.get(name));
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }
}
