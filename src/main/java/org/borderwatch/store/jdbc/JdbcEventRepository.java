package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.Stance;
import org.borderwatch.store.ClaimantCount;
import org.borderwatch.store.EventPoint;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.EventStats;
import org.borderwatch.store.FilterRow;
import org.borderwatch.store.MapCell;
import org.borderwatch.store.MappedCount;

/** Event reports in the {@code events} table, their claims, and the merged events over them. */
final class JdbcEventRepository implements EventRepository {
    /** Groups shown per dimension in statistics; the long tail of provinces and actors is left out. */
    static final int STATS_TOP = 100;

    private static final String INSERT = "INSERT INTO events (id, document_id, ordinal, date_start, date_end,"
            + " date_precision, date_month, event_type, sub_event_type, actor1, actor2, actors_lc, country, country_lc,"
            + " admin1, admin1_lc, location_name, lat, lon, geo_precision, fatalities_low, fatalities_best,"
            + " fatalities_high, contested, cross_border)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SEARCH = "INSERT INTO event_search (event_id, search_text) VALUES (?, ?)";
    private static final String INSERT_BODY = "INSERT INTO event_bodies (event_id, body) VALUES (?, ?)";

    private final Database db;
    private final EventCodec codec;
    private final JdbcEventPoints points;
    private final JdbcFilterRows filterRows;

    JdbcEventRepository(Database db, EventCodec codec) {
        this.db = db;
        this.codec = codec;
        this.points = new JdbcEventPoints(db);
        this.filterRows = new JdbcFilterRows(db);
    }

    @Override
    public Iterator<FilterRow> filterRows() {
        return filterRows.all().iterator();
    }

    @Override
    public List<Event> findByIds(List<String> ids) {
        Map<String, Event> byId = db.read("read events", c -> eventsById(c, ids));
        return ids.stream().map(byId::get).filter(e -> e != null).toList();
    }

    @Override
    public List<EventPoint> points(EventQuery query, int limit) {
        return points.points(query, limit);
    }

    @Override
    public List<MapCell> mapCells(EventQuery query, double cellDegrees) {
        return points.mapCells(query, cellDegrees);
    }

    @Override
    public MappedCount mappedCount(EventQuery query) {
        return points.mappedCount(query);
    }

    @Override
    public void replaceForDocument(String documentId, List<Event> events, String extractorVersion) {
        db.inTransaction("store the events of document " + documentId, c -> {
            StoreState.increment(c, StoreState.EVENTS_VERSION); // also queues writers of other processes here
            try (PreparedStatement del = c.prepareStatement("DELETE FROM events WHERE document_id = ?")) {
                del.setString(1, documentId);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(INSERT);
                 PreparedStatement body = c.prepareStatement(INSERT_BODY);
                 PreparedStatement search = c.prepareStatement(INSERT_SEARCH);
                 PreparedStatement claim = c.prepareStatement(
                         "INSERT INTO event_claims (event_id, position, claimant, stance) VALUES (?, ?, ?, ?)")) {
                int ordinal = 0;
                for (Event given : events) {
                    ordinal++;
                    Event e = normalise(given, documentId, ordinal);
                    EventRow row = EventRow.of(e);
                    bindEvent(ins, e, row, ordinal);
                    ins.executeUpdate();
                    search.setString(1, e.id());
                    search.setString(2, row.searchText());
                    search.executeUpdate();
                    body.setString(1, e.id());
                    body.setString(2, codec.write(e));
                    body.executeUpdate();
                    int position = 0;
                    for (Claim cl : e.claims()) {
                        claim.setString(1, e.id());
                        claim.setInt(2, position++);
                        claim.setString(3, cl.claimant());
                        claim.setString(4, cl.stance().name());
                        claim.executeUpdate();
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM extraction_marks WHERE document_id = ? AND extractor_version = ?")) {
                del.setString(1, documentId);
                del.setString(2, extractorVersion);
                del.executeUpdate();
            }
            try (PreparedStatement mark = c.prepareStatement(
                    "INSERT INTO extraction_marks (document_id, extractor_version, extracted_at) VALUES (?, ?, ?)")) {
                mark.setString(1, documentId);
                mark.setString(2, extractorVersion);
                mark.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                mark.executeUpdate();
            }
            return null;
        });
    }

    /** Events are stored under the document they are replaced for, with an id even when the extractor gave none. */
    private static Event normalise(Event e, String documentId, int ordinal) {
        String id = e.id() == null || e.id().isBlank() ? documentId + "-" + ordinal : e.id();
        if (id.equals(e.id()) && documentId.equals(e.documentId())) {
            return e;
        }
        return new Event(id, documentId, e.date(), e.subEventType(), e.actor1(), e.assocActors1(), e.actor2(),
                e.assocActors2(), e.locations(), e.fatalities(), e.casualties(), e.measures(), e.notes(),
                e.evidence(), e.claims(), e.border(), e.coding());
    }

    private static void bindEvent(PreparedStatement ps, Event e, EventRow r, int ordinal) throws SQLException {
        int i = 1;
        ps.setString(i++, e.id());
        ps.setString(i++, e.documentId());
        ps.setInt(i++, ordinal);
        ps.setDate(i++, Date.valueOf(r.dateStart()));
        ps.setDate(i++, Date.valueOf(r.dateEnd()));
        ps.setString(i++, r.precision());
        ps.setString(i++, r.month());
        ps.setString(i++, r.eventType());
        ps.setString(i++, r.subEventType());
        ps.setString(i++, r.actor1());
        ps.setString(i++, r.actor2());
        ps.setString(i++, r.actorsLc());
        ps.setString(i++, r.country());
        ps.setString(i++, EventRow.lower(r.country()));
        ps.setString(i++, r.admin1());
        ps.setString(i++, EventRow.lower(r.admin1()));
        ps.setString(i++, r.locationName());
        setDouble(ps, i++, r.lat());
        setDouble(ps, i++, r.lon());
        setInt(ps, i++, r.geoPrecision());
        setInt(ps, i++, r.fatalitiesLow());
        setInt(ps, i++, r.fatalitiesBest());
        setInt(ps, i++, r.fatalitiesHigh());
        ps.setBoolean(i++, r.contested());
        ps.setBoolean(i, r.crossBorder());
    }

    @Override
    public Optional<Event> findById(String id) {
        return db.read("read event " + id, c -> {
            List<Event> found = events(c, "SELECT body FROM event_bodies WHERE event_id = ?", List.of(id));
            return found.stream().findFirst();
        });
    }

    @Override
    public List<Event> findByDocument(String documentId) {
        return db.read("read the events of document " + documentId, c -> events(c,
                "SELECT b.body FROM events e JOIN event_bodies b ON b.event_id = e.id"
                        + " WHERE e.document_id = ? ORDER BY e.ordinal", List.of(documentId)));
    }

    @Override
    public EventPage search(EventQuery query) {
        EventFilter filter = EventFilter.of(query);
        return db.read("search events", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + filter.from() + filter.where())) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<String> ids = new ArrayList<>();
            long offset = (long) (query.page() - 1) * query.size();
            if (offset < total) {
                // the page's ids first, over the narrow rows; then only those events' bodies
                String sql = "SELECT e.id" + filter.from() + filter.where() + " ORDER BY " + orderBy(query.sort())
                        + " OFFSET " + offset + " ROWS FETCH NEXT " + query.size() + " ROWS ONLY";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    filter.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
            }
            Map<String, Event> byId = eventsById(c, ids);
            return new EventPage(total, ids.stream().map(byId::get).filter(e -> e != null).toList());
        });
    }

    private static String orderBy(EventQuery.Sort sort) {
        return switch (sort) {
            case DATE_ASC -> "e.date_start ASC, e.document_id ASC, e.ordinal ASC";
            case DATE_DESC -> "e.date_start DESC, e.document_id DESC, e.ordinal DESC";
            case FATALITIES_DESC -> "e.fatalities_low DESC NULLS LAST, e.date_start ASC, e.document_id ASC, e.ordinal ASC";
        };
    }

    @Override
    public EventStats stats(EventQuery query) {
        EventFilter filter = EventFilter.of(query);
        return db.read("count events", c -> filter.isEmpty() ? statsOfAll(c) : statsOfFiltered(c, filter));
    }

    /**
     * Unfiltered: one grouping per dimension, each answered from that column's covering index (see V2).
     * Every event has a month, so the month buckets also give the totals.
     */
    private static EventStats statsOfAll(Connection c) throws SQLException {
        List<EventStats.Bucket> byMonth = groupedBy(c, "date_month", "1 ASC", Integer.MAX_VALUE);
        List<EventStats.Bucket> bySourceSide = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sd.side, COUNT(*), COALESCE(SUM(e.fatalities_low), 0)"
                + " FROM event_sides sd JOIN events e ON e.id = sd.event_id GROUP BY sd.side ORDER BY 2 DESC, 1 ASC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bySourceSide.add(new EventStats.Bucket(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return new EventStats(
                byMonth.stream().mapToLong(EventStats.Bucket::events).sum(),
                byMonth.stream().mapToLong(EventStats.Bucket::fatalities).sum(),
                byMonth,
                groupedBy(c, "event_type", "2 DESC, 1 ASC", Integer.MAX_VALUE),
                groupedBy(c, "admin1", "2 DESC, 1 ASC", STATS_TOP),
                groupedBy(c, "actor1", "2 DESC, 1 ASC", STATS_TOP),
                bySourceSide.stream().mapToLong(EventStats.Bucket::events).sum(),
                bySourceSide);
    }

    private static List<EventStats.Bucket> groupedBy(Connection c, String column, String order, int limit)
            throws SQLException {
        String sql = "SELECT " + column + ", COUNT(*), COALESCE(SUM(fatalities_low), 0) FROM events"
                + " WHERE " + column + " IS NOT NULL GROUP BY " + column + " ORDER BY " + order
                + (limit == Integer.MAX_VALUE ? "" : " FETCH FIRST " + limit + " ROWS ONLY");
        List<EventStats.Bucket> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EventStats.Bucket(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return out;
    }

    /**
     * Filtered: a filter has to look at the rows themselves, so rather than scan them once per dimension,
     * SQL counts the matching events once per (month, type, admin1, actor1, source side) combination, and the
     * groupings are sums over those few partial counts. The month is grouped as an expression so that H2
     * does not walk the month index and fetch every row to test the filter.
     */
    private static EventStats statsOfFiltered(Connection c, EventFilter filter) throws SQLException {
        String sql = "SELECT e.date_month || '', e.event_type, e.admin1, e.actor1, COUNT(*),"
                + " COALESCE(SUM(e.fatalities_low), 0), sd.side" + filter.from(true) + filter.where()
                + " GROUP BY e.date_month || '', e.event_type, e.admin1, e.actor1, sd.side";
        StatsTally month = new StatsTally();
        StatsTally type = new StatsTally();
        StatsTally admin1 = new StatsTally();
        StatsTally actor = new StatsTally();
        StatsTally sourceSide = new StatsTally();
        long events = 0;
        long fatalities = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(5);
                    long dead = rs.getLong(6);
                    month.add(rs.getString(1), n, dead);
                    type.add(rs.getString(2), n, dead);
                    admin1.add(rs.getString(3), n, dead);
                    actor.add(rs.getString(4), n, dead);
                    sourceSide.add(rs.getString(7), n, dead);
                    events += n;
                    fatalities += dead;
                }
            }
        }
        List<EventStats.Bucket> bySourceSide = sourceSide.mostFirst(Integer.MAX_VALUE);
        return new EventStats(events, fatalities, month.byKey(), type.mostFirst(Integer.MAX_VALUE),
                admin1.mostFirst(STATS_TOP), actor.mostFirst(STATS_TOP),
                bySourceSide.stream().mapToLong(EventStats.Bucket::events).sum(), bySourceSide);
    }

    @Override
    public List<ClaimantCount> claimantCounts(EventQuery query) {
        EventFilter filter = EventFilter.of(query);
        String sql = "SELECT c.claimant, c.stance, COUNT(DISTINCT c.event_id) FROM event_claims c"
                + " JOIN (SELECT e.id" + filter.from() + filter.where() + ") m ON m.id = c.event_id"
                + " GROUP BY c.claimant, c.stance ORDER BY 3 DESC, 1 ASC NULLS FIRST, 2 ASC";
        return db.read("count claims", c -> {
            List<ClaimantCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClaimantCount(rs.getString(1), Stance.valueOf(rs.getString(2)), rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long eventsVersion() {
        return db.read("read the events version", c -> StoreState.read(c, StoreState.EVENTS_VERSION));
    }

    @Override
    public boolean mergesStale() {
        return db.read("check the merged events", c ->
                StoreState.read(c, StoreState.MERGES_VERSION) < StoreState.read(c, StoreState.EVENTS_VERSION));
    }

    @Override
    public void replaceMerged(List<MergedEvent> merged, long basedOn) {
        db.inTransaction("store merged events", c -> {
            if (StoreState.lock(c, StoreState.MERGES_VERSION) > basedOn) {
                return null; // another run stored groupings of a later state meanwhile
            }
            StoreState.set(c, StoreState.MERGES_VERSION, basedOn);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM merged_events")) {
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO merged_events"
                    + " (id, position, member_ids, disagreements_json) VALUES (?, ?, ?, ?)");
                 PreparedStatement member = c.prepareStatement(
                         "INSERT INTO merged_members (merged_id, event_id, position) VALUES (?, ?, ?)")) {
                int position = 0;
                for (MergedEvent m : merged) {
                    List<String> ids = m.reports().stream().map(Event::id).toList();
                    ins.setString(1, m.id());
                    ins.setInt(2, position++);
                    ins.setString(3, codec.writeIds(ids));
                    ins.setString(4, codec.writeDisagreements(m.disagreements()));
                    ins.executeUpdate();
                    for (int i = 0; i < ids.size(); i++) {
                        member.setString(1, m.id());
                        member.setString(2, ids.get(i));
                        member.setInt(3, i);
                        member.addBatch();
                    }
                    member.executeBatch();
                }
            }
            return null;
        });
    }

    /**
     * Changes only the rows whose side changes (after a re-extraction: those of the documents extracted again), in
     * chunks of ids; rows are only ever inserted for stored events.
     */
    @Override
    public void markSourceSides(Map<String, String> sideByEventId) {
        db.inTransaction("mark whose word the events rest on", c -> {
            Map<String, String> stored = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT event_id, side FROM event_sides");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
            List<String> gone = new ArrayList<>();
            stored.forEach((id, side) -> {
                if (!side.equals(sideByEventId.get(id))) {
                    gone.add(id);
                }
            });
            Map<String, List<String>> newBySide = new HashMap<>();
            sideByEventId.forEach((id, side) -> {
                if (!side.equals(stored.get(id))) {
                    newBySide.computeIfAbsent(side, k -> new ArrayList<>()).add(id);
                }
            });
            for (List<String> part : chunks(gone)) {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM event_sides WHERE event_id IN (" + marks(part) + ")")) {
                    bindFrom(del, 1, part);
                    del.executeUpdate();
                }
            }
            for (Map.Entry<String, List<String>> side : newBySide.entrySet()) {
                for (List<String> part : chunks(side.getValue())) {
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO event_sides (event_id, side)"
                            + " SELECT id, ? FROM events WHERE id IN (" + marks(part) + ")")) {
                        ins.setString(1, side.getKey());
                        bindFrom(ins, 2, part);
                        ins.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static void bindFrom(PreparedStatement ps, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(first + i, values.get(i));
        }
    }

    @Override
    public Map<String, String> sourceSides(Collection<String> eventIds) {
        List<String> ids = List.copyOf(eventIds);
        return db.read("read whose word the events rest on", c -> {
            Map<String, String> out = new HashMap<>();
            for (List<String> part : chunks(ids)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT event_id, side FROM event_sides WHERE event_id IN ("
                        + marks(part) + ")")) {
                    bindFrom(ps, 1, part);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<MergedEvent> findMergedContaining(String eventId) {
        return db.read("read the merged event of " + eventId, c -> merged(c,
                "SELECT m.id, m.member_ids, m.disagreements_json FROM merged_events m"
                        + " WHERE m.id IN (SELECT mm.merged_id FROM merged_members mm WHERE mm.event_id = ?)"
                        + " ORDER BY m.position", List.of(eventId)).stream().findFirst());
    }

    @Override
    public List<MergedEvent> findAllMerged() {
        return db.read("read merged events", c -> merged(c,
                "SELECT m.id, m.member_ids, m.disagreements_json FROM merged_events m ORDER BY m.position", List.of()));
    }

    /** Merged events with their reports; reports deleted since the grouping are skipped, empty groups dropped. */
    private List<MergedEvent> merged(Connection c, String sql, List<String> params) throws SQLException {
        record Row(String id, List<String> memberIds, String disagreements) { }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindFrom(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), codec.readIds(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        Map<String, Event> reports = eventsById(c, rows.stream().flatMap(r -> r.memberIds().stream()).distinct().toList());
        List<MergedEvent> out = new ArrayList<>();
        for (Row r : rows) {
            List<Event> members = r.memberIds().stream().map(reports::get).filter(e -> e != null).toList();
            if (!members.isEmpty()) {
                out.add(new MergedEvent(r.id(), members, codec.readDisagreements(r.disagreements())));
            }
        }
        return out;
    }

    private Map<String, Event> eventsById(Connection c, List<String> ids) throws SQLException {
        Map<String, Event> out = new HashMap<>();
        for (List<String> part : chunks(ids)) {
            for (Event e : events(c, "SELECT body FROM event_bodies WHERE event_id IN (" + marks(part) + ")", part)) {
                out.put(e.id(), e);
            }
        }
        return out;
    }

    /** Ids in chunks of at most 500, so an IN list stays within what every database accepts. */
    private static List<List<String>> chunks(List<String> ids) {
        int chunk = 500;
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += chunk) {
            out.add(ids.subList(from, Math.min(ids.size(), from + chunk)));
        }
        return out;
    }

    private static String marks(List<String> part) {
        return String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
    }

    @Override
    public long count() {
        return db.read("count events", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Event> events(Connection c, String sql, List<String> params) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindFrom(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(codec.read(rs.getString(1)));
                }
            }
        }
        return out;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
