package org.borderwatch.geo.gazetteer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry.NameKind;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Place;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.admin.AdminLocator;
import org.borderwatch.geo.admin.AdminUnits;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Turns a conflict's configured features (heights, roads, corridors, lines, special-status areas) into
 * gazetteer places; a feature with {@code regionTag} also becomes a boundary of level OTHER so points
 * inside it are tagged. Country and admin1 not given in the configuration come from point-in-polygon
 * over the boundaries already loaded.
 */
public final class FeatureImporter {

    private final AdminLocator locator;

    public FeatureImporter(AdminLocator locator) {
        this.locator = locator;
    }

    public ImportBatch read(GeoConfig.Features features) {
        List<GazetteerEntry> places = new ArrayList<>();
        List<Boundary> boundaries = new ArrayList<>();
        WKTWriter wkt = new WKTWriter();
        for (GeoConfig.Feature f : features.features()) {
            if (f.id() == null || f.names().isEmpty() || f.featureClass() == null) {
                throw new IllegalArgumentException("feature " + f.id() + " needs an id, a featureClass and at least one name");
            }
            Geometry geometry = FeatureGeometry.of(f);
            GeoPoint point = representativePoint(geometry);
            AdminUnits units = locator.locate(point);
            String country = f.country() != null ? f.country() : units.country();
            String admin1 = f.admin1() != null ? f.admin1()
                    : f.featureClass() == FeatureClass.REGION ? null : units.admin1();
            List<GazetteerEntry.Name> names = new ArrayList<>();
            for (int i = 0; i < f.names().size(); i++) {
                names.add(new GazetteerEntry.Name(f.names().get(i), null, i == 0 ? NameKind.PRIMARY : NameKind.ALIAS));
            }
            Place place = new Place(Location.FEATURE_ID_PREFIX + f.id(), f.names().get(0), f.names(), point, admin1, country,
                    f.featureClass(), 0, null);
            places.add(new GazetteerEntry(place, names, GazetteerEntry.CONFIGURED_FEATURES));
            if (f.regionTag() && f.polygon() != null) {
                boundaries.add(new Boundary(Location.FEATURE_ID_PREFIX + f.id(), GazetteerEntry.CONFIGURED_FEATURES, FeatureClass.OTHER, f.names().get(0), country,
                        null, wkt.write(geometry)));
            }
        }
        GazetteerSource source = new GazetteerSource(GazetteerEntry.CONFIGURED_FEATURES, "Conflict features from configuration",
                features.attribution(), Instant.now(), places.size(), boundaries.size());
        return new ImportBatch(source, places, boundaries);
    }

    /** A point on the feature: the middle of a line (along its length), the interior point of an area. */
    static GeoPoint representativePoint(Geometry g) {
        Coordinate c;
        if (g instanceof LineString line) {
            LengthIndexedLine indexed = new LengthIndexedLine(line);
            c = indexed.extractPoint(line.getLength() / 2);
        } else {
            c = g.getInteriorPoint().getCoordinate();
        }
        return new GeoPoint(c.y, c.x);
    }
}
