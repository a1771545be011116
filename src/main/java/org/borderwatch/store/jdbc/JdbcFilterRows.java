package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.store.FilterRow;

/**
 * Reads every event's flat columns and search text, in date order, for an in-memory index: one scan
 * of the narrow rows, never an event body. The rows are sorted here, not by the database: sorting 100,000
 * rows with their search text made H2 write them to a temporary part of the store's file (which grew by
 * the size of the table on every start) and took most of the load's time; on H2 the scan is also read
 * lazily, as it goes, for the same reason.
 */
final class JdbcFilterRows {
    private static final String SQL = "SELECT e.id, e.document_id, e.date_start, e.date_end, e.event_type,"
            + " e.sub_event_type, e.actor1, e.actors_lc, e.country, e.admin1, e.location_name, e.lat, e.lon,"
            + " e.fatalities_low, e.contested, e.cross_border, s.search_text, sd.side, e.ordinal"
            + " FROM events e LEFT JOIN event_search s ON s.event_id = e.id LEFT JOIN event_sides sd ON sd.event_id = e.id";

    /** The order of {@link org.borderwatch.store.EventQuery.Sort#DATE_ASC}: date, then document, then place in it. */
    private static final Comparator<Ordered> DATE_ORDER = Comparator
            .comparing((Ordered o) -> o.row().dateStart())
            .thenComparing(o -> o.row().documentId())
            .thenComparingInt(Ordered::ordinal);

    private record Ordered(FilterRow row, int ordinal) {
    }

    private final Database db;

    JdbcFilterRows(Database db) {
        this.db = db;
    }

    List<FilterRow> all() {
        return db.read("read the events' filter columns", c -> {
            boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
            List<Ordered> out = new ArrayList<>();
            try {
                if (h2) {
                    lazily(c, true);
                }
                try (PreparedStatement ps = c.prepareStatement(SQL)) {
                    ps.setFetchSize(5000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Ordered(row(rs), rs.getInt(19)));
                        }
                    }
                }
            } finally {
                if (h2) {
                    lazily(c, false);
                }
            }
            out.sort(DATE_ORDER);
            return out.stream().map(Ordered::row).toList();
        });
    }

    private static void lazily(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    private static FilterRow row(ResultSet rs) throws SQLException {
        return new FilterRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, Double.class),
                rs.getObject(13, Double.class), rs.getObject(14, Integer.class), rs.getBoolean(15),
                rs.getBoolean(16), rs.getString(17), rs.getString(18));
    }
}
