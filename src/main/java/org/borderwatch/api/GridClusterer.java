package org.borderwatch.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.store.MapCell;

/**
 * Map clusters from the store's per-type counts in square grid cells sized for the zoom level (about
 * 80 screen pixels of a Web Mercator map), so a map of 100,000 events draws a few hundred circles.
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

    /** One cluster per cell, the per-type counts of a cell added up; most events first. */
    static List<Cluster> fromCells(List<MapCell> cells) {
        Map<List<Long>, Cell> byCell = new HashMap<>();
        for (MapCell c : cells) {
            byCell.computeIfAbsent(List.of(c.x(), c.y()), k -> new Cell()).add(c);
        }
        List<Cluster> clusters = new ArrayList<>(byCell.size());
        for (Cell c : byCell.values()) {
            clusters.add(c.toCluster());
        }
        clusters.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return clusters;
    }

    private static final class Cell {
        private double latSum;
        private double lonSum;
        private long count;
        private long fatalities;
        private final Map<String, Long> byType = new HashMap<>();

        void add(MapCell c) {
            latSum += c.latSum();
            lonSum += c.lonSum();
            count += c.events();
            fatalities += c.fatalities();
            byType.merge(c.eventType(), c.events(), Long::sum);
        }

        Cluster toCluster() {
            String dominant = byType.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
            return new Cluster(latSum / count, lonSum / count, Math.toIntExact(count), fatalities, dominant);
        }
    }
}
