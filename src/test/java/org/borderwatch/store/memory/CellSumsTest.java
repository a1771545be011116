package org.borderwatch.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive cell sums add up as a map of boxed keys would, through growing many times. */
class CellSumsTest {
    @Test
    void sumsEveryCellAsAMapWould() {
        CellSums cells = new CellSums();
        Map<Long, double[]> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            long key = ((long) random.nextInt(300) << 36) | ((long) random.nextInt(300) << 8) | random.nextInt(8);
            double lat = random.nextDouble();
            double lon = random.nextDouble();
            int deaths = random.nextInt(5);
            cells.add(key, lat, lon, deaths);
            double[] sums = expected.computeIfAbsent(key, k -> new double[4]);
            sums[0]++;
            sums[1] += lat;
            sums[2] += lon;
            sums[3] += deaths;
        }
        Map<Long, double[]> seen = new HashMap<>();
        cells.forEach((key, sums) -> seen.put(key, sums.clone()));
        assertThat(cells.size()).isEqualTo(expected.size());
        assertThat(seen.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, sums) -> assertThat(seen.get(key)).containsExactly(sums));
    }
}
