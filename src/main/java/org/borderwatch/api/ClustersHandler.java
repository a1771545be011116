package org.borderwatch.api;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.store.EventPoint;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.MappedCount;

/**
 * {@code /api/clusters}: what the map draws. Up to {@link #POINT_LIMIT} matching events come back as
 * points (all of them, so the page can cluster and pan without asking again); above that, grid
 * clusters of the events inside the requested box at the requested zoom.
 */
final class ClustersHandler {
    static final int POINT_LIMIT = 2000;
    private static final Set<String> PARAMS;

    static {
        Set<String> p = new HashSet<>(EventQueryParser.FILTERS);
        p.add("zoom");
        PARAMS = Set.copyOf(p);
    }

    record ClusterResponse(long total, long unmapped, String mode, List<EventPoint> points,
                           List<GridClusterer.Cluster> clusters) {
    }

    private final MapData map;

    ClustersHandler(MapData map) {
        this.map = map;
    }

    void handle(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventQuery query = EventQueryParser.parse(params, PARAMS);
        int zoom = EventQueryParser.integer(params, "zoom", 8, 0, 22);
        EventQuery withoutBox = query.withBox(null);
        MapData.FilterPoints filtered = map.points(FilterCache.key(params, "bbox", "zoom"), withoutBox);
        MappedCount count = filtered.count();
        if (filtered.points() != null) {
            ctx.json(new ClusterResponse(count.events(), count.unmapped(), "points", filtered.points(), List.of()));
            return;
        }
        ctx.json(new ClusterResponse(count.events(), count.unmapped(), "clusters", List.of(),
                map.clusters(FilterCache.key(params), query, zoom)));
    }
}
