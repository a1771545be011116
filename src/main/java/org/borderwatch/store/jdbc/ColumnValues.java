package org.borderwatch.store.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;

/**
 * Column values as JSON, by the column's SQL type, the same way on H2 and PostgreSQL: text, numbers and
 * booleans as themselves, dates and times in ISO form, bytes in Base64. A value is read back by the type of
 * the column it goes into, so a backup of one kind of store restores into the other.
 */
final class ColumnValues {
    /** The kinds of column the store uses. */
    enum Kind { TEXT, INTEGER, REAL, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_TZ, BYTES }

    private ColumnValues() {
    }

    static Kind kind(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.SMALLINT, Types.TINYINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.REAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells them apart
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
            default -> Kind.TEXT;
        };
    }

    static Kind kind(ResultSetMetaData meta, int column) throws SQLException {
        return kind(meta.getColumnType(column), meta.getColumnTypeName(column));
    }

    static void write(JsonGenerator json, ResultSet rs, int column, Kind kind) throws SQLException, IOException {
        Object value = switch (kind) {
            case TEXT -> rs.getString(column);
            case INTEGER -> rs.getLong(column);
            case REAL -> rs.getDouble(column);
            case BOOLEAN -> rs.getBoolean(column);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case TIMESTAMP_TZ -> rs.getObject(column, OffsetDateTime.class);
            case BYTES -> rs.getBytes(column);
        };
        if (rs.wasNull() || value == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case INTEGER -> json.writeNumber((Long) value);
            case REAL -> json.writeNumber((Double) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case BYTES -> json.writeString(Base64.getEncoder().encodeToString((byte[]) value));
            default -> json.writeString(value.toString());
        }
    }

    static void bind(PreparedStatement ps, int index, JsonNode value, Kind kind, int sqlType) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(index, sqlType);
            return;
        }
        switch (kind) {
            case TEXT -> ps.setString(index, value.asText());
            case INTEGER -> ps.setLong(index, value.asLong());
            case REAL -> ps.setDouble(index, value.asDouble());
            case BOOLEAN -> ps.setBoolean(index, value.asBoolean());
            case DATE -> ps.setObject(index, LocalDate.parse(value.asText()));
            case TIMESTAMP -> ps.setObject(index, LocalDateTime.parse(value.asText()));
            case TIMESTAMP_TZ -> ps.setObject(index, OffsetDateTime.parse(value.asText()));
            case BYTES -> ps.setBytes(index, Base64.getDecoder().decode(value.asText()));
        }
    }
}
