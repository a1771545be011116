package org.borderwatch.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.domain.Casualties;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;

/**
 * ACLED's granularity: one event per type, place and day. An act reported at several places ("shelling of A,
 * B and C") becomes one event per place, each with the same evidence; a unit or region named only as the area
 * the listed places lie in ("A and B in the East province") is their admin1, not a place of its own. The
 * border-crossing fight named only by provinces on both sides stays one event. The
 * death toll of the act stays on the first place's event (the others say nothing about deaths), so a sum over
 * events counts it once; a toll of none holds at every place. Accords are one act wherever their parties are.
 */
final class OnePerPlace {
    private final ConflictConfig config;

    OnePerPlace(ConflictConfig config) {
        this.config = config;
    }

    List<Event> split(Event e) {
        if (e.subEventType() == SubEventType.AGREEMENT || e.locations().size() < 2) {
            return List.of(e);
        }
        List<Location> places = distinctPlaces(e.locations());
        List<Location> kept = new ArrayList<>();
        for (Location l : places) {
            if (!containsAnother(l, places) && !townOfAFeature(l, places)) {
                kept.add(l);
            }
        }
        if (kept.stream().allMatch(l -> l.name() == null)
                && kept.stream().map(Location::country).filter(Objects::nonNull).distinct().count() > 1) {
            return List.of(e); // provinces on both sides of the border: one fight across it, not one per province
        }
        if (kept.size() < 2) {
            if (kept.size() == 1 && kept.size() < places.size()) {
                return List.of(e.withLocations(withoutBareCountries(e.locations(), kept), e.border())
                        .withDecision(PlaceRule.UNIT_OF_LISTED_PLACES.decide(Decision.Verdict.PLACE,
                                PlacementStage.describe(kept))));
            }
            return List.of(e);
        }
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Location place = kept.get(k);
            Event one = quotingItsPlace(e.withLocations(List.of(place), e.border()), place);
            if (k > 0) {
                one = withoutToll(one).withId(e.id() == null ? null : e.id() + "-" + (k + 1));
            }
            out.add(one.withDecision(PlaceRule.ONE_PER_PLACE.decide(Decision.Verdict.SPLIT,
                    (k + 1) + " of " + kept.size() + ": " + PlacementStage.describe(List.of(place)))));
        }
        return out;
    }

    /**
     * The place's event quotes first a sentence that names the place, when the act's first quoted sentence does not:
     * "fired at Zeylik" and, in a later paragraph, "also shot at positions in Aghdam" are one act's evidence, but
     * the Aghdam line is told by the second.
     */
    private static Event quotingItsPlace(Event e, Location place) {
        if (place.name() == null || e.evidence().isEmpty() || names(e.evidence().get(0).text(), place.name())) {
            return e;
        }
        for (int i = 1; i < e.evidence().size(); i++) {
            if (names(e.evidence().get(i).text(), place.name())) {
                return e.withEvidenceFirst(i);
            }
        }
        return e;
    }

    private static boolean names(String text, String place) {
        return text.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT));
    }

    /** Named places and units, each once: the same place under two spellings, ids or listed names counts once. */
    private List<Location> distinctPlaces(List<Location> locations) {
        Map<String, Location> byKey = new LinkedHashMap<>();
        List<Location> distinct = new ArrayList<>();
        for (Location l : locations) {
            if (l.name() == null && l.admin1() == null) {
                continue; // a bare country says where, not which place
            }
            List<String> keys = keysOf(l);
            if (keys.stream().noneMatch(byKey::containsKey)) {
                distinct.add(l);
            }
            Location first = keys.stream().map(byKey::get).filter(Objects::nonNull).findFirst().orElse(l);
            keys.forEach(k -> byKey.putIfAbsent(k, first));
        }
        return distinct;
    }

    /**
     * What makes two locations one place, any of them enough: a unit named twice ("Gadabay directions", "the
     * Gadabay district") is one unit whatever id each got; a place is one under its gazetteer id, and under the
     * listed place its name answers to ("Ovchi-Qal'acha" and "Ovchi Kalacha" in one story).
     */
    private List<String> keysOf(Location l) {
        if (l.name() == null) {
            return List.of("unit:" + l.country() + "/" + l.admin1() + "/" + l.admin2());
        }
        List<String> keys = new ArrayList<>(3);
        keys.add("name:" + l.name().toLowerCase(Locale.ROOT));
        if (l.placeId() != null) {
            keys.add("id:" + l.placeId());
        }
        config.place(l.name()).ifPresent(p -> keys.add("listed:" + p.name()));
        return keys;
    }

    /**
     * "Republic Square in Yerevan": a capital named beside one of the conflict's own features in its unit (a square,
     * an avenue) holds that feature, which is the more exact place of the two. Elsewhere a feature and a village in
     * one district are two places ("at the water intake and around Kok-Tash").
     */
    private boolean townOfAFeature(Location l, List<Location> places) {
        boolean capital = l.name() != null && config.countries().stream().anyMatch(c -> l.name().equalsIgnoreCase(c.capital()));
        return capital && l.admin1() != null && !l.configuredFeature() && places.stream()
                .anyMatch(o -> o != l && o.configuredFeature() && l.admin1().equals(o.admin1()) && Objects.equals(l.country(), o.country()));
    }

    /** Whether {@code l} is a unit or region that another listed place lies in. */
    private boolean containsAnother(Location l, List<Location> places) {
        boolean unit = l.name() == null;
        boolean region = l.name() != null && config.area(l.name());
        if (!unit && !region) {
            return false;
        }
        for (Location other : places) {
            if (other == l || other.name() == null || secondLevelUnit(other)) {
                continue; // "Batken and Leilek districts": a district beside a unit is a second area, not a place in it
            }
            boolean sameUnit = l.admin1() != null && l.admin1().equals(other.admin1());
            boolean inRegion = region && Objects.equals(l.country(), other.country())
                    && (l.admin1() == null || sameUnit);
            if (unit ? sameUnit : inRegion) {
                return true;
            }
        }
        return false;
    }

    private boolean secondLevelUnit(Location l) {
        return config.place(l.name()).map(ConflictConfig.PlaceEntry::secondLevelUnit).orElse(false);
    }

    private static List<Location> withoutBareCountries(List<Location> all, List<Location> kept) {
        List<Location> out = new ArrayList<>(kept);
        for (Location l : all) {
            if (l.name() == null && l.admin1() == null && kept.stream().noneMatch(k -> Objects.equals(k.country(), l.country()))) {
                out.add(l);
            }
        }
        return out;
    }

    private static Event withoutToll(Event e) {
        Fatalities none = Integer.valueOf(0).equals(e.fatalities().best()) ? e.fatalities() : Fatalities.UNKNOWN;
        return new Event(e.id(), e.documentId(), e.date(), e.subEventType(), e.actor1(), e.assocActors1(), e.actor2(),
                e.assocActors2(), e.locations(), none, Casualties.NONE_STATED, e.measures(), e.notes(),
                e.evidence(), e.claims(), e.border(), e.coding());
    }
}
