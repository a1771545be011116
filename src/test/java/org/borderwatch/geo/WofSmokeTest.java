package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WofSmokeTest {
    @Test
    void importsBothCountries() throws Exception {
        long t0 = System.nanoTime();
        Geography g = GeoTestSupport.wof();
        System.out.printf("import+load %.1fs, places %d%n", (System.nanoTime() - t0) / 1e9, g.index().entries().size());
        for (String n : new String[] {"Sotk", "Shushi", "Zod", "Vardenis", "Istisu", "Lake Sev", "Khankendi"}) {
            System.out.println(n + " -> " + g.find(n, 3));
        }
        System.out.println("border km " + g.border().borderLengthKm());
        assertThat(g.index().entries()).hasSizeGreaterThan(5000);
    }
}
