package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.geo.resolve.Candidate;
import org.junit.jupiter.api.Test;

class WofSmokeTest {
    @Test
    void importsBothCountries() throws Exception {
        Geography g = GeoTestSupport.wof();
        for (String n : "Yeraskh,Karki,Nerkin Hand,Khoznavar".split(",")) {
            System.out.println("== " + n);
            for (Candidate c : g.find(n, 5)) {
                System.out.printf("   %.2f %s %s %s %s %s | %s%n", c.score(), c.place().name(), c.place().admin1(), c.place().country(), c.place().featureClass(), c.place().point(), c.reasons());
            }
        }
        assertThat(g.index().entries()).hasSizeGreaterThan(5000);
    }
}
