package org.borderwatch.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;

/**
 * The mapped points of the events matching a filter, read page by page from the store once and then
 * kept, so panning and zooming the map re-cluster in memory instead of querying again. Entries are
 * keyed by the filter and dropped when the store's event count changes or when told of a write.
 */
final class MapPointIndex {
    private static final int CACHED_FILTERS = 8;

    /** Points with coordinates, and how many matching events have none. */
    record Points(List<MapPoint> mapped, long unmapped) {
    }

    private final EventRepository events;
    private final Map<String, Points> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Points> eldest) {
            return size() > CACHED_FILTERS;
        }
    };
    private long cachedAtCount = -1;

    MapPointIndex(EventRepository events) {
        this.events = events;
    }

    /**
     * @param filterKey a canonical text of the filter (the same filter gives the same key)
     * @param query     the filter, without a bounding box: the box is applied to the cached points
     */
    Points points(String filterKey, EventQuery query) {
        long count = events.count();
        synchronized (cache) {
            if (count != cachedAtCount) {
                cache.clear();
                cachedAtCount = count;
            }
            Points known = cache.get(filterKey);
            if (known != null) {
                return known;
            }
        }
        Points loaded = load(query);
        synchronized (cache) {
            cache.put(filterKey, loaded);
        }
        return loaded;
    }

    void invalidate() {
        synchronized (cache) {
            cache.clear();
            cachedAtCount = -1;
        }
    }

    private Points load(EventQuery query) {
        List<MapPoint> mapped = new ArrayList<>();
        long unmapped = 0;
        int page = 1;
        while (true) {
            EventPage result = events.search(query.withPage(page, EventQuery.MAX_PAGE_SIZE));
            for (Event e : result.events()) {
                EventJson.Summary s = EventJson.summary(e);
                if (s.latitude() == null || s.longitude() == null) {
                    unmapped++;
                } else {
                    mapped.add(new MapPoint(s.id(), s.latitude(), s.longitude(), s.date(), s.eventType(),
                            s.subEventType(), s.location(), s.fatalities() == null ? 0 : s.fatalities(), s.contested()));
                }
            }
            if (result.events().size() < EventQuery.MAX_PAGE_SIZE || (long) page * EventQuery.MAX_PAGE_SIZE >= result.total()) {
                break;
            }
            page++;
        }
        return new Points(List.copyOf(mapped), unmapped);
    }
}
