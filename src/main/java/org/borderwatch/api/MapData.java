package org.borderwatch.api;

import java.util.List;
import org.borderwatch.store.EventPoint;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.MappedCount;

/**
 * What the map shows for a filter, read through the store's light map queries and remembered per
 * filter (see {@link FilterCache}): how many events match and have coordinates, every point when
 * there are few enough to draw, and the grid clusters of a view when there are more.
 */
final class MapData {
    private static final int CACHED_FILTERS = 32;
    /** Views differ by box and zoom, so more of them are kept than filters. */
    private static final int CACHED_VIEWS = 128;

    /** The counts of a filter, and its points when at most the point limit match (else null). */
    record FilterPoints(MappedCount count, List<EventPoint> points) {
    }

    private final EventRepository events;
    private final int pointLimit;
    private final FilterCache<FilterPoints> byFilter;
    private final FilterCache<List<GridClusterer.Cluster>> byView;

    MapData(EventRepository events, int pointLimit) {
        this.events = events;
        this.pointLimit = pointLimit;
        this.byFilter = new FilterCache<>(CACHED_FILTERS, events::count);
        this.byView = new FilterCache<>(CACHED_VIEWS, events::count);
    }

    /**
     * @param filterKey a canonical text of the filter (the same filter gives the same key)
     * @param query     the filter without a box: the points are all the page needs to pan and zoom alone
     */
    FilterPoints points(String filterKey, EventQuery query) {
        return byFilter.get(filterKey, () -> {
            MappedCount count = events.mappedCount(query);
            return new FilterPoints(count, count.mapped() <= pointLimit ? events.points(query, pointLimit) : null);
        });
    }

    /**
     * @param viewKey a canonical text of the filter, box and zoom
     * @param query   the filter with the view's box
     */
    List<GridClusterer.Cluster> clusters(String viewKey, EventQuery query, int zoom) {
        return byView.get(viewKey, () -> GridClusterer.fromCells(events.mapCells(query, GridClusterer.cellDegrees(zoom))));
    }

    void invalidate() {
        byFilter.invalidate();
        byView.invalidate();
    }
}
