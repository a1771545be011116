package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridClustererTest {
    @Test
    void groupsNearbyPointsAndKeepsCountsDeathsAndDominantType() {
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(point(40.00 + i * 0.001, 45.00, i < 20 ? "Battles" : "Protests", 2));
        }
        for (int i = 0; i < 5; i++) {
            points.add(point(39.20, 46.40 + i * 0.001, "Riots", 1));
        }
        List<GridClusterer.Cluster> clusters = GridClusterer.cluster(points, 7);
        assertThat(clusters).hasSize(2);
        GridClusterer.Cluster big = clusters.get(0);
        assertThat(big.count()).isEqualTo(30);
        assertThat(big.fatalities()).isEqualTo(60);
        assertThat(big.dominantType()).isEqualTo("Battles");
        assertThat(big.lat()).isBetween(40.0, 40.03);
        assertThat(clusters.get(1).dominantType()).isEqualTo("Riots");
    }

    @Test
    void zoomingInSplitsClusters() {
        List<MapPoint> points = List.of(point(40.0, 45.0, "Battles", 0), point(40.0, 45.3, "Battles", 0));
        assertThat(GridClusterer.cluster(points, 5)).hasSize(1);
        assertThat(GridClusterer.cluster(points, 12)).hasSize(2);
    }

    private static MapPoint point(double lat, double lon, String type, int deaths) {
        return new MapPoint("e" + lat + lon, lat, lon, LocalDate.of(2022, 9, 13), type, "x", "place", deaths, false);
    }
}
