package org.borderwatch.extract.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;

/**
 * Codes the places the conflict's own list names as the list codes them. The list is curated for the
 * conflict: its country and de jure unit win over a gazetteer's guess (a foreign venue the gazetteer does
 * not know, a village whose namesake elsewhere scores higher, a town the list deliberately leaves without a
 * unit because its de jure unit is uncertain). The gazetteer's point stays when it lies in the listed country.
 * A listed first-level unit is recorded in admin1 only: the location names no place inside it.
 */
public final class ConfiguredPlaceEnricher implements EventEnricher {
    private final ConflictConfig config;

    public ConfiguredPlaceEnricher(ConflictConfig config) {
        this.config = config;
    }

    @Override
    public Event enrich(Event event, Document document) {
        List<Location> out = new ArrayList<>();
        for (Location l : event.locations()) {
            out.add(l.name() == null ? l : config.place(l.name()).map(p -> coded(l, p)).orElse(l));
        }
        return event.withLocations(out, event.border());
    }

    private static Location coded(Location l, ConflictConfig.PlaceEntry p) {
        if (p.country() == null) {
            return l; // the list says nothing about where it is
        }
        boolean sameCountry = p.country().equals(l.country());
        boolean unit = p.cls() == FeatureClass.DISTRICT;
        GeoPrecision precision = unit || p.cls() == FeatureClass.REGION || p.cls() == FeatureClass.COUNTRY
                ? GeoPrecision.REGION
                : sameCountry && l.precision() != null ? l.precision() : GeoPrecision.EXACT;
        String admin1 = p.admin1(); // none when the list leaves it out: the place spans units or its unit is uncertain
        boolean samePlace = sameCountry && (admin1 == null || Objects.equals(admin1, l.admin1()));
        return new Location(unit ? null : l.name(), p.country(), admin1, samePlace ? l.admin2() : null,
                samePlace ? l.point() : null, precision, samePlace ? l.placeId() : null);
    }
}
