package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;

/**
 * Place names with the unit and country each should resolve to without context ({@code {name, admin1, country}},
 * admin1 "" when none is expected), checked against a geography as a share right, so a list of a conflict's places
 * measures the gazetteer and its configuration.
 */
record ExpectedPlaces(String label, String[][] expected) {

    /** Asserts the list has at least {@code minimumNames} names and at least {@code share} of them resolve right. */
    void assertResolvedBy(Geography geo, int minimumNames, double share) {
        List<String> wrong = new ArrayList<>();
        for (String[] e : expected) {
            Location l = geo.locate(e[0], "", null);
            String admin1 = e[1].isEmpty() ? null : e[1];
            if (!Objects.equals(l.admin1(), admin1) || !Objects.equals(l.country(), e[2])) {
                wrong.add(e[0] + " -> " + l.admin1() + ", " + l.country() + " (expected " + e[1] + ", " + e[2] + ")");
            }
        }
        double right = 1.0 - (double) wrong.size() / expected.length;
        System.out.printf("%s: %d names, %.1f%% right; wrong: %s%n", label, expected.length, 100 * right, wrong);
        assertThat(expected.length).isGreaterThanOrEqualTo(minimumNames);
        assertThat(right).as("share right; wrong: %s", wrong).isGreaterThanOrEqualTo(share);
    }

    /** The span of the first {@code name} in {@code text}, for resolving a mention in its sentence. */
    static Span span(String text, String name) {
        int at = text.indexOf(name);
        return new Span(at, at + name.length());
    }
}
