package org.borderwatch.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups map points into square grid cells sized for the zoom level (about 80 screen pixels of a
 * Web Mercator map), so a map of 100,000 events draws a few hundred circles instead.
 */
final class GridClusterer {
    /** One cell's events: their mean position, count, deaths, and the most frequent event type. */
    record Cluster(double lat, double lon, int count, long fatalities, String dominantType) {
    }

    private GridClusterer() {
    }

    static double cellDegrees(int zoom) {
        return 360.0 / Math.pow(2, zoom) * (80.0 / 256.0);
    }

    static List<Cluster> cluster(List<MapPoint> points, int zoom) {
        double cell = cellDegrees(zoom);
        Map<Long, Cell> cells = new HashMap<>();
        for (MapPoint p : points) {
            long x = (long) Math.floor((p.lon() + 180) / cell);
            long y = (long) Math.floor((p.lat() + 90) / cell);
            cells.computeIfAbsent(x * 1_000_003L + y, k -> new Cell()).add(p);
        }
        List<Cluster> clusters = new ArrayList<>(cells.size());
        for (Cell c : cells.values()) {
            clusters.add(c.toCluster());
        }
        clusters.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return clusters;
    }

    private static final class Cell {
        private double latSum;
        private double lonSum;
        private int count;
        private long fatalities;
        private final Map<String, Integer> byType = new HashMap<>();

        void add(MapPoint p) {
            latSum += p.lat();
            lonSum += p.lon();
            count++;
            fatalities += p.fatalities();
            byType.merge(p.eventType(), 1, Integer::sum);
        }

        Cluster toCluster() {
            String dominant = byType.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
            return new Cluster(latSum / count, lonSum / count, count, fatalities, dominant);
        }
    }
}
