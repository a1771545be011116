package org.borderwatch.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.EventPoint;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.MapCell;
import org.borderwatch.store.MappedCount;

/**
 * The map's reads: points, grid cells and counts straight from the flat columns of {@code events}
 * (filtered by {@link EventFilter} like every other read), so a map of 100,000 events never decodes
 * an event body and clusters in one grouped query.
 */
final class JdbcEventPoints {
    private final Database db;

    JdbcEventPoints(Database db) {
        this.db = db;
    }

    List<EventPoint> points(EventQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        EventFilter filter = EventFilter.of(query);
        String sql = "SELECT e.id, e.lat, e.lon, e.date_start, e.event_type, e.sub_event_type, e.location_name,"
                + " e.fatalities_low, e.contested" + filter.from() + whereMapped(filter)
                + " ORDER BY e.date_start, e.document_id, e.ordinal FETCH FIRST " + limit + " ROWS ONLY";
        return db.read("read map points", c -> {
            List<EventPoint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EventPoint(rs.getString(1), rs.getDouble(2), rs.getDouble(3),
                                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getInt(8), rs.getBoolean(9)));
                    }
                }
            }
            return out;
        });
    }

    List<MapCell> mapCells(EventQuery query, double cellDegrees) {
        if (!(cellDegrees > 0) || Double.isInfinite(cellDegrees)) {
            throw new IllegalArgumentException("cell size must be a positive number of degrees, not " + cellDegrees);
        }
        // Alone, the box is the best index condition (the covering events_map index answers it). With other
        // conditions it is checked as an expression instead: H2 would otherwise walk the position index over
        // most of the map and fetch every row behind it to test the rest, slower than a scan.
        double[] box = query.bbox();
        EventFilter withoutBox = EventFilter.of(query.withBox(null));
        boolean boxAsExpression = box != null && !withoutBox.isEmpty();
        EventFilter filter = boxAsExpression ? withoutBox : EventFilter.of(query);
        String boxCondition = boxAsExpression ? boxAsExpression(box) : "";
        // The cell size is a number we computed, so it is written into the SQL: the grouping expressions
        // then stay identical between SELECT and GROUP BY, and the filter's parameters keep their indexes.
        String size = Double.toString(cellDegrees);
        String sql = "SELECT g.x, g.y, g.event_type, COUNT(*), SUM(g.lat), SUM(g.lon), COALESCE(SUM(g.fatalities_low), 0)"
                + " FROM (SELECT FLOOR((e.lon + 180) / " + size + ") AS x, FLOOR((e.lat + 90) / " + size + ") AS y,"
                + " e.event_type, e.lat, e.lon, e.fatalities_low" + filter.from() + whereMapped(filter) + boxCondition + ") g"
                + " GROUP BY g.x, g.y, g.event_type";
        return db.read("count map cells", c -> {
            List<MapCell> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MapCell(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                rs.getDouble(5), rs.getDouble(6), rs.getLong(7)));
                    }
                }
            }
            return out;
        });
    }

    MappedCount mappedCount(EventQuery query) {
        EventFilter filter = EventFilter.of(query);
        String sql = "SELECT COUNT(*), COUNT(e.lat)" + filter.from() + filter.where();
        return db.read("count mapped events", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new MappedCount(rs.getLong(1), rs.getLong(2));
                }
            }
        });
    }

    /** " AND ..." keeping events in the box, written so no index is used for it; the box is numbers, so inlined. */
    private static String boxAsExpression(double[] box) {
        String lat = " AND (e.lat + 0) BETWEEN " + box[1] + " AND " + box[3];
        return box[0] <= box[2] ? lat + " AND (e.lon + 0) BETWEEN " + box[0] + " AND " + box[2]
                : lat + " AND ((e.lon + 0) >= " + box[0] + " OR (e.lon + 0) <= " + box[2] + ")"; // across the antimeridian
    }

    /** The filter's conditions and that the event has coordinates (lat and lon are set together). */
    private static String whereMapped(EventFilter filter) {
        return filter.isEmpty() ? " WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL"
                : filter.where() + " AND e.lat IS NOT NULL AND e.lon IS NOT NULL";
    }
}
