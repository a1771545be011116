package org.borderwatch.store.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.EventQuery;

/** The WHERE clause of an {@link EventQuery} over the {@code events} table, with its parameters. */
final class EventFilter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private boolean joinSearchText;
    private boolean joinSides;

    private EventFilter() {
    }

    static EventFilter of(EventQuery q) {
        EventFilter f = new EventFilter();
        if (q.from() != null) {
            // an event overlaps [from, to] when it ends on or after from and starts on or before to
            f.add("e.date_end >= ?", Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            f.add("e.date_start <= ?", Date.valueOf(q.to()));
        }
        if (present(q.type())) {
            f.add("e.event_type = ?", EventType.fromLabel(q.type()).label());
        }
        if (present(q.subType())) {
            f.add("e.sub_event_type = ?", SubEventType.fromLabel(q.subType()).label());
        }
        if (present(q.actor())) {
            f.add("POSITION(? IN e.actors_lc) > 0", lower(q.actor().trim()));
        }
        if (present(q.country())) {
            f.add("e.country_lc = ?", lower(q.country()));
        }
        if (present(q.admin1())) {
            f.add("e.admin1_lc = ?", lower(q.admin1()));
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            f.add("e.lat BETWEEN ? AND ?", b[1], b[3]);
            if (b[0] <= b[2]) {
                f.add("e.lon BETWEEN ? AND ?", b[0], b[2]);
            } else {
                // a box across the antimeridian
                f.add("(e.lon >= ? OR e.lon <= ?)", b[0], b[2]);
            }
        }
        if (present(q.text())) {
            // a join, not IN (subquery): H2 may re-run a subquery for every candidate row
            f.joinSearchText = true;
            for (String word : lower(q.text()).trim().split("\\s+")) {
                f.add("POSITION(? IN s.search_text) > 0", word);
            }
        }
        if (present(q.documentId())) {
            f.add("e.document_id = ?", q.documentId());
        }
        if (q.contested() != null) {
            f.add("e.contested = ?", q.contested());
        }
        if (q.crossBorder() != null) {
            f.add("e.cross_border = ?", q.crossBorder());
        }
        if (q.oneSided() != null) {
            f.joinSides = true;
            f.conditions.add(q.oneSided() ? "sd.event_id IS NOT NULL" : "sd.event_id IS NULL");
        }
        return f;
    }

    private void add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /**
     * " FROM ..." naming the events {@code e}, joined to their search text {@code s} when a text filter needs it and
     * to whose word they rest on {@code sd} (V13) when the one-sided filter does.
     */
    String from() {
        return from(joinSides);
    }

    /** " FROM ..." as {@link #from()}, joined to whose word the events rest on ({@code sd.side}) when {@code withSides}. */
    String from(boolean withSides) {
        String events = joinSearchText ? " FROM event_search s JOIN events e ON e.id = s.event_id" : " FROM events e";
        return withSides ? events + " LEFT JOIN event_sides sd ON sd.event_id = e.id" : events;
    }

    /** " WHERE ..." or "" when nothing is filtered. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
