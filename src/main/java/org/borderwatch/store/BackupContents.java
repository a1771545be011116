package org.borderwatch.store;

import java.util.List;
import java.util.Map;

/**
 * What a backup holds (or a restore brought back): rows per table, and the schema migrations the store
 * had applied when it was backed up.
 */
public record BackupContents(Map<String, Long> rowsByTable, List<String> schemaVersions) {
    public BackupContents {
        rowsByTable = Map.copyOf(rowsByTable);
        schemaVersions = List.copyOf(schemaVersions);
    }

    public long rows(String table) {
        return rowsByTable.getOrDefault(table, 0L);
    }
}
