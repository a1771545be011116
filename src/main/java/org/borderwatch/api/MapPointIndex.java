package org.borderwatch.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;

/**
 * The mapped points of the events matching a filter, read page by page from the store once and then
 * kept (see {@link FilterCache}), so panning and zooming the map re-cluster in memory instead of querying again.
 */
final class MapPointIndex {
    private static final int CACHED_FILTERS = 32;
    /** Boxes are split at most this often (a box then spans about 0.005 degrees). */
    private static final int MAX_SPLIT_DEPTH = 16;

    /** Points with coordinates, and how many matching events have none. */
    record Points(List<MapPoint> mapped, long unmapped) {
    }

    private final EventRepository events;
    private final FilterCache<Points> cache;

    MapPointIndex(EventRepository events) {
        this.events = events;
        this.cache = new FilterCache<>(CACHED_FILTERS, events::count);
    }

    /**
     * @param filterKey a canonical text of the filter (the same filter gives the same key)
     * @param query     the filter, without a bounding box: the box is applied to the cached points
     */
    Points points(String filterKey, EventQuery query) {
        return cache.get(filterKey, () -> load(query));
    }

    void invalidate() {
        cache.invalidate();
    }

    /**
     * Loads the unfiltered map in the background, so the page's first view does not wait for it
     * (on a large store reading every point takes seconds).
     */
    void warmUp(String filterKey, EventQuery everything) {
        Thread loader = new Thread(() -> {
            try {
                points(filterKey, everything);
            } catch (RuntimeException e) {
                // The first request will load it and report the failure then.
            }
        }, "map-points-warm-up");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Reads the points tile by tile: a box holding more than one page of events is split in four, so
     * every query returns at most a page from a small area instead of paging deep into one sorted list,
     * which costs the database a full sort per page. Events without coordinates fall in no box; they are
     * counted as the difference to the filter's total.
     */
    private Points load(EventQuery query) {
        long total = events.search(query.withPage(1, 1)).total();
        Map<String, MapPoint> found = new LinkedHashMap<>();
        collect(query, new double[] {-180, -90, 180, 90}, found, 0);
        return new Points(List.copyOf(found.values()), Math.max(0, total - found.size()));
    }

    private void collect(EventQuery query, double[] box, Map<String, MapPoint> found, int depth) {
        EventQuery inBox = withBox(query, box);
        // Count first (one event decoded), so boxes that will be split do not read a page for nothing.
        long total = events.search(inBox.withPage(1, 1)).total();
        if (total == 0) {
            return;
        }
        if (total > EventQuery.MAX_PAGE_SIZE && depth < MAX_SPLIT_DEPTH) {
            double midLon = (box[0] + box[2]) / 2;
            double midLat = (box[1] + box[3]) / 2;
            collect(query, new double[] {box[0], box[1], midLon, midLat}, found, depth + 1);
            collect(query, new double[] {midLon, box[1], box[2], midLat}, found, depth + 1);
            collect(query, new double[] {box[0], midLat, midLon, box[3]}, found, depth + 1);
            collect(query, new double[] {midLon, midLat, box[2], box[3]}, found, depth + 1);
            return;
        }
        EventPage first = events.search(inBox.withPage(1, EventQuery.MAX_PAGE_SIZE));
        // A leaf box; deep enough boxes that still overflow (many events on one spot) are paged through.
        EventPage page = first;
        for (int n = 1; ; n++) {
            for (Event e : page.events()) {
                EventJson.Summary s = EventJson.summary(e);
                if (s.latitude() != null && s.longitude() != null) {
                    // Boxes share their edges, so an event on an edge is met twice; the id keeps it once.
                    found.putIfAbsent(s.id(), new MapPoint(s.id(), s.latitude(), s.longitude(), s.date(), s.eventType(),
                            s.subEventType(), s.location(), s.fatalities() == null ? 0 : s.fatalities(), s.contested()));
                }
            }
            if ((long) n * EventQuery.MAX_PAGE_SIZE >= page.total() || page.events().isEmpty()) {
                return;
            }
            page = events.search(inBox.withPage(n + 1, EventQuery.MAX_PAGE_SIZE));
        }
    }

    private static EventQuery withBox(EventQuery q, double[] box) {
        return new EventQuery(q.from(), q.to(), q.type(), q.subType(), q.actor(), q.country(), q.admin1(), box,
                q.text(), q.documentId(), q.contested(), q.crossBorder(), EventQuery.Sort.DATE_ASC, 1, EventQuery.MAX_PAGE_SIZE);
    }
}
