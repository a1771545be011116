package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    private final List<IndexLookup> lookups = new ArrayList<>();
    private boolean joinSearchText;

    private EventFilter() {
    }

    /**
     * Candidates worth reaching through the search index (V4) rather than testing every event: at most
     * this many postings. Above it a scan that tests each event is about as quick, and it keeps its order.
     */
    static final int MAX_INDEXED_CANDIDATES = 30_000;
    /** The events with an actor name containing the parameter, by the actor vocabulary and postings. */
    private static final String ACTOR_POSTINGS = "SELECT a.event_id FROM event_actors a WHERE a.name_lc IN"
            + " (SELECT n.name_lc FROM actor_names n WHERE POSITION(? IN n.name_lc) > 0)";
    /** The events with a word containing the parameter, by the word vocabulary and postings. */
    private static final String WORD_POSTINGS = "SELECT w.event_id FROM event_words w WHERE w.word IN"
            + " (SELECT v.word FROM search_words v WHERE POSITION(? IN v.word) > 0)";

    /** The events one actor or text word could match: a superset, narrowed by the POSITION conditions. */
    private record IndexLookup(String postings, String value) {
    }

    /**
     * The filter of a query. The actor and text conditions test each event's text; when one of them has
     * few enough candidates in the search index, the most selective one also restricts the events to
     * those candidates, so the database looks at them only. (One, because H2 would use whichever
     * {@code IN (subquery)} it sees first as the way in, however many rows it brings.)
     */
    static EventFilter of(EventQuery q, Connection c) throws SQLException {
        EventFilter f = of(q);
        IndexLookup best = null;
        long fewest = MAX_INDEXED_CANDIDATES;
        for (IndexLookup lookup : f.lookups) {
            long n = candidates(c, lookup, fewest);
            if (n < fewest) {
                best = lookup;
                fewest = n;
            }
        }
        if (best != null) {
            f.add("e.id IN (" + best.postings() + ")", best.value());
        }
        return f;
    }

    /** How many postings a lookup has, counting no further than {@code limit}. */
    private static long candidates(Connection c, IndexLookup lookup, long limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (" + lookup.postings()
                + " FETCH FIRST " + limit + " ROWS ONLY) t")) {
            ps.setString(1, lookup.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The filter's conditions alone, without a restriction through the search index. */
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
            String actor = lower(q.actor().trim());
            f.add("POSITION(? IN e.actors_lc) > 0", actor);
            f.lookups.add(new IndexLookup(ACTOR_POSTINGS, actor));
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
            for (String word : EventRow.WORD_BREAK.split(lower(q.text()).trim())) {
                f.add("POSITION(? IN s.search_text) > 0", word);
                f.lookups.add(new IndexLookup(WORD_POSTINGS, word));
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
        return f;
    }

    private void add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** " FROM ..." naming the events {@code e}, joined to their search text {@code s} when a text filter needs it. */
    String from() {
        return joinSearchText ? " FROM event_search s JOIN events e ON e.id = s.event_id" : " FROM events e";
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
