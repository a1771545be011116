package org.borderwatch.geo;

import java.util.List;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.geo.gazetteer.DefaultGazetteer;
import org.borderwatch.geo.gazetteer.WofImporter;

/**
 * A gazetteer source as the map credits it: a short name with its licence for the map's corner, and the
 * full attribution its licence asks for.
 */
public record MapCredit(String credit, String text) {

    /** The credits of the stored sources, in their order, each source once. */
    public static List<MapCredit> of(List<GazetteerSource> sources) {
        return sources.stream().map(MapCredit::of).distinct().toList();
    }

    static MapCredit of(GazetteerSource s) {
        String id = s.id();
        String credit;
        if (WofImporter.isWofSource(id)) {
            credit = "Who's On First (CC BY 4.0)";
        } else if (id.startsWith("geonames")) {
            credit = "GeoNames (CC BY 4.0)";
        } else if (id.equals(DefaultGazetteer.NATURAL_EARTH_SOURCE)) {
            credit = "Natural Earth";
        } else if (id.equals(GazetteerEntry.CONFIGURED_FEATURES)) {
            credit = "BorderWatch contributors";
        } else {
            credit = s.description() != null ? s.description() : id;
        }
        return new MapCredit(credit, s.attribution() != null ? s.attribution() : credit);
    }
}
