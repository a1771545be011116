package org.borderwatch.store.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.borderwatch.store.BackupContents;

/**
 * Writes the whole store as a zip of JSON Lines, the same for H2 and PostgreSQL: {@value #MANIFEST} (format,
 * migrations applied, tables in restore order), one {@code tables/NN-name.jsonl} per table (a line naming
 * the columns, then a JSON array per row), and {@value #COUNTS} last (rows per table), whose absence tells a
 * restore that the file was cut short. All tables are read in one transaction, so the backup is one
 * consistent state even while others write.
 */
final class StoreBackup {
    static final String FORMAT = "borderwatch-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String COUNTS = "counts.json";
    static final String TABLES = "tables/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreBackup() {
    }

    /** Writes the backup; {@code c} must be in a transaction of an isolation that reads one snapshot. */
    static BackupContents write(Connection c, OutputStream out) throws SQLException, IOException {
        List<String> tables = StoreTables.inDependencyOrder(c);
        List<String> migrations = StoreTables.appliedMigrations(c);
        Map<String, Long> rows = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("createdAt", Instant.now().toString());
        manifest.put("schemaVersions", migrations);
        manifest.put("tables", tables);
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        for (int i = 0; i < tables.size(); i++) {
            String table = tables.get(i);
            zip.putNextEntry(new ZipEntry(entryName(i, table)));
            rows.put(table, writeTable(c, table, zip));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(COUNTS));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
        zip.closeEntry();
        zip.finish();
        return new BackupContents(rows, migrations);
    }

    static String entryName(int position, String table) {
        return String.format("%s%02d-%s.jsonl", TABLES, position, table);
    }

    private static long writeTable(Connection c, String table, OutputStream zip) throws SQLException, IOException {
        long count = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(500); // PostgreSQL streams the rows instead of reading a whole table into memory
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                ColumnValues.Kind[] kinds = new ColumnValues.Kind[n + 1];
                JsonGenerator line = JSON.getFactory().createGenerator(zip).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                line.setRootValueSeparator(new SerializedString("\n")); // one JSON value a line
                line.writeStartObject();
                line.writeArrayFieldStart("columns");
                for (int col = 1; col <= n; col++) {
                    kinds[col] = ColumnValues.kind(meta, col);
                    line.writeString(meta.getColumnName(col).toLowerCase(java.util.Locale.ROOT));
                }
                line.writeEndArray();
                line.writeEndObject();
                while (rs.next()) {
                    line.writeStartArray();
                    for (int col = 1; col <= n; col++) {
                        ColumnValues.write(line, rs, col, kinds[col]);
                    }
                    line.writeEndArray();
                    count++;
                }
                line.writeRaw('\n');
                line.flush();
            }
        }
        return count;
    }
}
