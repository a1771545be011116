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
            if (l.name() == null) {
                out.add(l);
                continue;
            }
            ConflictConfig.PlaceEntry stated = statedUnit(l, event, document);
            if (stated != null) {
                // "Aghdam in Tovuz": the text names the unit, so the namesake there is meant, not the listed one
                boolean gazetteerAgrees = stated.admin1().equals(l.admin1()) && stated.country().equals(l.country());
                out.add(gazetteerAgrees ? l : new Location(l.name(), stated.country(), stated.admin1(), null, null,
                        GeoPrecision.NEAR, null));
                continue;
            }
            out.add(config.place(l.name()).map(p -> coded(l, p, config.capitalPhrase(l.name()))).orElse(l));
        }
        return event.withLocations(out, event.border());
    }

    /**
     * The listed district the evidence writes right after a place's name ("X in D"), when the event names that
     * district too and the list puts the place in another unit; else null.
     */
    private ConflictConfig.PlaceEntry statedUnit(Location l, Event event, Document document) {
        ConflictConfig.PlaceEntry listed = config.place(l.name()).orElse(null);
        if (listed == null || listed.cls() == FeatureClass.DISTRICT) {
            return null;
        }
        String text = event.evidence().stream().map(org.borderwatch.domain.Evidence::text).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n"));
        for (Location other : event.locations()) {
            ConflictConfig.PlaceEntry unit = other.name() == null ? null : config.place(other.name()).orElse(null);
            if (unit == null && other.name() == null && other.admin1() != null) {
                unit = config.place(other.admin1()).orElse(null); // a unit the enrichers already turned into admin1
            }
            if (unit == null || unit.cls() != FeatureClass.DISTRICT || unit.admin1() == null || unit.country() == null
                    || unit.admin1().equals(listed.admin1())) {
                continue;
            }
            for (String unitName : unitNames(unit)) {
                if (text.contains(l.name() + " in " + unitName)) {
                    return unit;
                }
            }
        }
        return null;
    }

    private static List<String> unitNames(ConflictConfig.PlaceEntry unit) {
        List<String> names = new ArrayList<>(unit.aliases());
        names.add(0, unit.name());
        return names;
    }

    /** @param described whether the text names the place only by a phrase ("the Northian capital"), not by its name */
    private static Location coded(Location l, ConflictConfig.PlaceEntry p, boolean described) {
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
        // the gazetteer's point where it found the listed place, else the list's own (a venue abroad)
        org.borderwatch.domain.GeoPoint point = samePlace && l.point() != null ? l.point() : p.point().orElse(null);
        // a first-level unit names no place (its admin1 says it); a district inside one is the place ACLED names
        String name = !unit ? (described ? p.name() : l.name()) : p.secondLevelUnit() ? p.name() : null;
        return new Location(name, p.country(), admin1, samePlace ? l.admin2() : null,
                point, precision, samePlace ? l.placeId() : null);
    }
}
