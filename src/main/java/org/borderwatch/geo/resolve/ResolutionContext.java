package org.borderwatch.geo.resolve;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.GeoPoint;

/**
 * What the text around a mention says about where it is: provinces and countries named nearby (with a
 * weight that falls with distance in the text), and points of other places the same passage names.
 */
public record ResolutionContext(List<RegionHint> regions, Set<String> countries, List<GeoPoint> anchors) {
    public static final ResolutionContext NONE = new ResolutionContext(List.of(), Set.of(), List.of());

    public ResolutionContext {
        regions = List.copyOf(regions);
        countries = Set.copyOf(countries);
        anchors = List.copyOf(anchors);
    }

    /** A first-level unit named near the mention; {@code weight} 1 for the closest, less further away. */
    public record RegionHint(String admin1, String country, double weight, int offset) {
    }

    public static ResolutionContext ofRegions(String... admin1) {
        return new ResolutionContext(java.util.Arrays.stream(admin1).map(a -> new RegionHint(a, null, 1.0, 0)).toList(),
                Set.of(), List.of());
    }
}
