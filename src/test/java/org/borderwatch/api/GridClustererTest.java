package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.store.MapCell;
import org.junit.jupiter.api.Test;

class GridClustererTest {
    @Test
    void addsUpTheTypesOfACellAndKeepsCountsDeathsMeanAndDominantType() {
        List<MapCell> cells = List.of(
                new MapCell(10, 20, "Battles", 20, 20 * 40.01, 20 * 45.0, 40),
                new MapCell(10, 20, "Protests", 10, 10 * 40.02, 10 * 45.0, 20),
                new MapCell(11, 20, "Riots", 5, 5 * 39.2, 5 * 46.4, 5));
        List<GridClusterer.Cluster> clusters = GridClusterer.fromCells(cells);
        assertThat(clusters).hasSize(2);
        GridClusterer.Cluster big = clusters.get(0);
        assertThat(big.count()).isEqualTo(30);
        assertThat(big.fatalities()).isEqualTo(60);
        assertThat(big.dominantType()).isEqualTo("Battles");
        assertThat(big.lat()).isBetween(40.01, 40.02);
        assertThat(big.lon()).isEqualTo(45.0);
        assertThat(clusters.get(1).dominantType()).isEqualTo("Riots");
        assertThat(clusters.get(1).count()).isEqualTo(5);
    }

    @Test
    void zoomingInMakesCellsSmaller() {
        assertThat(GridClusterer.cellDegrees(12)).isLessThan(GridClusterer.cellDegrees(5));
        assertThat(GridClusterer.cellDegrees(0)).isEqualTo(112.5);
    }
}
