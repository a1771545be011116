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
     * Candidates worth reaching through the search index (V4) rather than testing every event: fewer
     * postings than this. Above it, at 100k events, H2 tests every event about as fast.
     */
    static final int MAX_INDEXED_CANDIDATES = 10_000;

    /** Where an actor or text word could be looked up: its vocabulary and its postings (see V4). */
    private enum Index {
        ACTORS("SELECT n.name_lc FROM actor_names n WHERE POSITION(? IN n.name_lc) > 0",
                "SELECT a.event_id FROM event_actors a WHERE a.name_lc IN "),
        WORDS("SELECT v.word FROM search_words v WHERE POSITION(? IN v.word) > 0",
                "SELECT w.event_id FROM event_words w WHERE w.word IN ");

        final String vocabulary;
        final String postings;

        Index(String vocabulary, String postings) {
            this.vocabulary = vocabulary;
            this.postings = postings;
        }
    }

    /** An actor or text word the events must contain: the index can name a superset of them. */
    private record IndexLookup(Index index, String value) {
    }

    /**
     * The filter of a query. The actor and text conditions test each event's text; when one of them has
     * few enough candidates in the search index, the most selective one also restricts the events to
     * those candidates, so the database looks at them only. (Only one, because H2 takes whichever
     * {@code IN (subquery)} it meets first as its way in, however many rows it brings.) The vocabulary is
     * read here, once, so that the query names the matching entries rather than searching it again.
     */
    static EventFilter of(EventQuery q, Connection c) throws SQLException {
        EventFilter f = of(q);
        Index bestIndex = null;
        List<String> bestEntries = null;
        long fewest = MAX_INDEXED_CANDIDATES;
        for (IndexLookup lookup : f.lookups) {
            List<String> entries = entries(c, lookup);
            if (entries.size() >= fewest) {
                continue; // every entry has a posting (but for stale ones): no fewer candidates than entries
            }
            long n = entries.isEmpty() ? 0 : postings(c, lookup.index(), entries, fewest);
            if (n < fewest) {
                bestIndex = lookup.index();
                bestEntries = entries;
                fewest = n;
            }
        }
        if (bestEntries != null && bestEntries.isEmpty()) {
            f.add("1 = 0"); // nothing holds that word or name
        } else if (bestEntries != null) {
            f.add("e.id IN (" + bestIndex.postings + marks(bestEntries.size()) + ")", bestEntries.toArray());
        }
        return f;
    }

    /** The vocabulary entries containing the lookup's value. */
    private static List<String> entries(Connection c, IndexLookup lookup) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(lookup.index().vocabulary)) {
            ps.setString(1, lookup.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** How many postings these entries have, counting no further than {@code limit}. */
    private static long postings(Connection c, Index index, List<String> entries, long limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (" + index.postings + marks(entries.size())
                + " FETCH FIRST " + limit + " ROWS ONLY) t")) {
            for (int i = 0; i < entries.size(); i++) {
                ps.setString(i + 1, entries.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String marks(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
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
            f.lookups.add(new IndexLookup(Index.ACTORS, actor));
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
                f.lookups.add(new IndexLookup(Index.WORDS, word));
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
