package org.borderwatch.api;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.store.EventQuery;

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

    record ClusterResponse(long total, long unmapped, String mode, List<MapPoint> points,
                           List<GridClusterer.Cluster> clusters) {
    }

    private final MapPointIndex index;

    ClustersHandler(MapPointIndex index) {
        this.index = index;
    }

    /** Starts loading what the page asks for first: the map without filters. */
    void warmUp() {
        index.warmUp(FilterCache.key(Map.of()), EventQuery.all());
    }

    void handle(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventQuery query = EventQueryParser.parse(params, PARAMS);
        int zoom = EventQueryParser.integer(params, "zoom", 8, 0, 22);
        double[] box = query.bbox();
        EventQuery withoutBox = new EventQuery(query.from(), query.to(), query.type(), query.subType(), query.actor(),
                query.country(), query.admin1(), null, query.text(), query.documentId(), query.contested(),
                query.crossBorder(), EventQuery.Sort.DATE_ASC, 1, EventQuery.MAX_PAGE_SIZE);
        MapPointIndex.Points points = index.points(FilterCache.key(params, "bbox", "zoom"), withoutBox);
        long total = points.mapped().size() + points.unmapped();
        if (points.mapped().size() <= POINT_LIMIT) {
            ctx.json(new ClusterResponse(total, points.unmapped(), "points", points.mapped(), List.of()));
            return;
        }
        List<MapPoint> inBox = box == null ? points.mapped() : points.mapped().stream()
                .filter(p -> p.lon() >= box[0] && p.lat() >= box[1] && p.lon() <= box[2] && p.lat() <= box[3])
                .toList();
        ctx.json(new ClusterResponse(total, points.unmapped(), "clusters", List.of(), GridClusterer.cluster(inBox, zoom)));
    }
}
