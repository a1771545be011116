package org.borderwatch.store.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.store.ClaimantCount;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventPoint;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.EventStats;
import org.borderwatch.store.FilterRow;
import org.borderwatch.store.MapCell;
import org.borderwatch.store.MappedCount;

/**
 * An event repository that answers searches, statistics and map reads from an in-memory columnar copy
 * of every event's filterable fields ({@link EventIndex}), and everything else from the repository it
 * wraps: a row store scans 100,000 rows for a broad filter in seconds, an array walk in milliseconds.
 * A page's events themselves are still read from the wrapped repository, by id.
 *
 * <p>The copy is loaded on the first read, and again after a write through this repository, when the
 * wrapped repository's event count changes (a write elsewhere), or when it is older than its maximum age
 * (a write elsewhere that kept the count). It is immutable and swapped whole, so concurrent reads need no lock.
 */
public final class IndexedEventRepository implements EventRepository {
    /** Groups shown per dimension in statistics, as the JDBC store does. */
    static final int STATS_TOP = 100;
    private static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

    private record Snapshot(EventIndex index, long loadedAt, MatchCache matches) {
        Snapshot(EventIndex index, long loadedAt) {
            this(index, loadedAt, new MatchCache(index));
        }
    }

    private final EventRepository delegate;
    private final long maxAgeNanos;
    private final Object loading = new Object();
    /** Bumped by every write, so a copy loaded while a write ran is not kept. */
    private final AtomicLong writes = new AtomicLong();
    private volatile Snapshot current;

    public IndexedEventRepository(EventRepository delegate) {
        this(delegate, DEFAULT_MAX_AGE);
    }

    public IndexedEventRepository(EventRepository delegate, Duration maxAge) {
        this.delegate = delegate;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The current copy, loading a new one when there is none or it is out of date. */
    private Snapshot snapshot() {
        long count = delegate.count();
        Snapshot s = current;
        if (fresh(s, count)) {
            return s;
        }
        synchronized (loading) {
            s = current;
            if (fresh(s, count)) {
                return s;
            }
            long writesBefore = writes.get();
            Snapshot loaded = new Snapshot(EventIndex.of(delegate.filterRows()), System.nanoTime());
            if (writes.get() == writesBefore) {
                current = loaded;
            }
            return loaded;
        }
    }

    private boolean fresh(Snapshot s, long count) {
        return s != null && s.index().size == count && System.nanoTime() - s.loadedAt() < maxAgeNanos;
    }

    /**
     * Loads the copy now (e.g. in the background when a server starts), so the first request does not wait
     * for it; a failure is left to the first read, which tries again and reports it.
     */
    public void preload() {
        try {
            snapshot();
        } catch (RuntimeException e) {
            // the first read loads it again and reports the failure to its caller
        }
    }

    /** Forgets the copy; the next read loads a new one. */
    public void invalidate() {
        writes.incrementAndGet();
        current = null;
    }

    @Override
    public EventPage search(EventQuery query) {
        Snapshot snapshot = snapshot();
        EventIndex index = snapshot.index();
        long offset = (long) (query.page() - 1) * query.size();
        long[] total = {0};
        List<String> ids = new ArrayList<>(query.size());
        snapshot.matches().forEachMatch(query, row -> {
            if (total[0] >= offset && ids.size() < query.size()) {
                ids.add(index.ids[row]);
            }
            total[0]++;
            return true;
        });
        return new EventPage(total[0], ids.isEmpty() ? List.of() : delegate.findByIds(ids));
    }

    @Override
    public EventStats stats(EventQuery query) {
        Snapshot snapshot = snapshot();
        EventIndex index = snapshot.index();
        Tally byMonth = new Tally(index.months);
        Tally byType = new Tally(index.types);
        Tally byAdmin1 = new Tally(index.admin1s);
        Tally byActor = new Tally(index.actors);
        Tally bySourceSide = new Tally(index.sourceSides);
        long[] totals = new long[2];
        snapshot.matches().forEachMatch(dateOrder(query), row -> {
            long dead = index.fatalities[row];
            byMonth.add(index.month[row], dead);
            byType.add(index.type[row], dead);
            byAdmin1.add(index.admin1[row], dead);
            byActor.add(index.actor1[row], dead);
            bySourceSide.add(index.sourceSide[row], dead);
            totals[0]++;
            totals[1] += dead;
            return true;
        });
        List<EventStats.Bucket> sides = bySourceSide.mostFirst(Integer.MAX_VALUE);
        return new EventStats(totals[0], totals[1], byMonth.byKey(), byType.mostFirst(Integer.MAX_VALUE),
                byAdmin1.mostFirst(STATS_TOP), byActor.mostFirst(STATS_TOP),
                sides.stream().mapToLong(EventStats.Bucket::events).sum(), sides);
    }

    @Override
    public List<EventPoint> points(EventQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        Snapshot snapshot = snapshot();
        EventIndex index = snapshot.index();
        List<EventPoint> out = new ArrayList<>();
        snapshot.matches().forEachMatch(dateOrder(query), row -> {
            if (index.mapped(row)) {
                out.add(new EventPoint(index.ids[row], index.lat[row], index.lon[row], index.startDate(row),
                        index.types.value(index.type[row]), index.subTypes.value(index.subType[row]),
                        index.locationName[row], index.fatalities[row], index.contested[row]));
            }
            return out.size() < limit;
        });
        return out;
    }

    @Override
    public List<MapCell> mapCells(EventQuery query, double cellDegrees) {
        if (!(cellDegrees > 0) || Double.isInfinite(cellDegrees)) {
            throw new IllegalArgumentException("cell size must be a positive number of degrees, not " + cellDegrees);
        }
        Snapshot snapshot = snapshot();
        EventIndex index = snapshot.index();
        // a cell and type packed in one long (x and y below 2^28 at any cell size worth drawing, 255 types)
        CellSums cells = new CellSums();
        snapshot.matches().forEachMatch(dateOrder(query), row -> {
            if (index.mapped(row)) {
                long x = (long) Math.floor((index.lon[row] + 180) / cellDegrees);
                long y = (long) Math.floor((index.lat[row] + 90) / cellDegrees);
                cells.add((x << 36) | (y << 8) | index.type[row], index.lat[row], index.lon[row], index.fatalities[row]);
            }
            return true;
        });
        List<MapCell> out = new ArrayList<>(cells.size());
        cells.forEach((k, s) -> out.add(new MapCell(k >>> 36, (k >>> 8) & 0xFFF_FFFFL, index.types.value((int) (k & 0xFF)),
                (long) s[0], s[1], s[2], (long) s[3])));
        out.sort(Comparator.comparingLong(MapCell::x).thenComparingLong(MapCell::y).thenComparing(MapCell::eventType));
        return out;
    }

    @Override
    public MappedCount mappedCount(EventQuery query) {
        Snapshot snapshot = snapshot();
        EventIndex index = snapshot.index();
        long[] counts = new long[2];
        snapshot.matches().forEachMatch(dateOrder(query), row -> {
            counts[0]++;
            if (index.mapped(row)) {
                counts[1]++;
            }
            return true;
        });
        return new MappedCount(counts[0], counts[1]);
    }

    private static EventQuery dateOrder(EventQuery q) {
        return new EventQuery(q.from(), q.to(), q.type(), q.subType(), q.actor(), q.country(), q.admin1(), q.bbox(),
                q.text(), q.documentId(), q.contested(), q.crossBorder(), q.oneSided(), EventQuery.Sort.DATE_ASC, 1, 1);
    }

    @Override
    public void replaceForDocument(String documentId, List<Event> events, String extractorVersion) {
        try {
            delegate.replaceForDocument(documentId, events, extractorVersion);
        } finally {
            invalidate();
        }
    }

    @Override
    public void replaceMerged(List<MergedEvent> merged, long basedOn) {
        try {
            delegate.replaceMerged(merged, basedOn);
        } finally {
            invalidate();
        }
    }

    @Override
    public long eventsVersion() {
        return delegate.eventsVersion();
    }

    @Override
    public boolean mergesStale() {
        return delegate.mergesStale();
    }

    @Override
    public void markSourceSides(Map<String, String> sideByEventId) {
        try {
            delegate.markSourceSides(sideByEventId);
        } finally {
            invalidate();
        }
    }

    @Override
    public Map<String, String> sourceSides(Collection<String> eventIds) {
        return delegate.sourceSides(eventIds);
    }

    @Override
    public Optional<Event> findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public List<Event> findByIds(List<String> ids) {
        return delegate.findByIds(ids);
    }

    @Override
    public List<Event> findByDocument(String documentId) {
        return delegate.findByDocument(documentId);
    }

    @Override
    public Optional<MergedEvent> findMergedContaining(String eventId) {
        return delegate.findMergedContaining(eventId);
    }

    @Override
    public List<MergedEvent> findAllMerged() {
        return delegate.findAllMerged();
    }

    /** The wrapped repository's count: the cheap signal of a write elsewhere, so never answered from the copy. */
    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public Iterator<FilterRow> filterRows() {
        return delegate.filterRows();
    }

    @Override
    public List<ClaimantCount> claimantCounts(EventQuery query) {
        return delegate.claimantCounts(query);
    }

    /** Events and fatalities per code of one column; rows without a value (no code) are left out. */
    private static final class Tally {
        private final Codes codes;
        private final long[] events;
        private final long[] fatalities;

        Tally(Codes codes) {
            this.codes = codes;
            this.events = new long[codes.size()];
            this.fatalities = new long[codes.size()];
        }

        void add(int code, long dead) {
            if (code != Codes.NONE) {
                events[code]++;
                fatalities[code] += dead;
            }
        }

        /** Buckets in key order (months: chronological). */
        List<EventStats.Bucket> byKey() {
            List<EventStats.Bucket> out = new ArrayList<>();
            for (int c = 0; c < events.length; c++) {
                if (events[c] > 0) {
                    out.add(new EventStats.Bucket(codes.value(c), events[c], fatalities[c]));
                }
            }
            out.sort(Comparator.comparing(EventStats.Bucket::key));
            return out;
        }

        /** The {@code limit} buckets with the most events, ties in key order. */
        List<EventStats.Bucket> mostFirst(int limit) {
            return EventStats.Bucket.mostFirst(byKey(), limit);
        }
    }
}
