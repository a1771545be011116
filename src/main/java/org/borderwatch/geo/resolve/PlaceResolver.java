package org.borderwatch.geo.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Place;
import org.borderwatch.geo.Haversine;
import org.borderwatch.geo.names.NameNormalizer;

/**
 * Geocodes a place mention with what its context says: every place whose name matches (however
 * transliterated) is a candidate, scored by how well the name matches, what kind of place it is, how
 * prominent it is, whether its province or country is named nearby, and how close it lies to other
 * places the passage names. When two candidates in different places score too close to call, the
 * result is marked ambiguous instead of picking one.
 */
public final class PlaceResolver {
    /** Candidates this close (km) with the same admin1 are the same place twice (village and community). */
    private static final double SAME_PLACE_KM = 12;
    /** The best candidate must beat a different place by this much to be taken. */
    private static final double MARGIN = 0.3;
    /** A locality this populous, or with this many names, is a town that may stand for its unit's name. */
    private static final long TOWN_POPULATION = 5000;
    private static final int TOWN_NAMES = 10;
    /** Distance (km) over which the pull of another place named in the passage falls to 1/e. */
    private static final double PROXIMITY_KM = 25;

    private final PlaceIndex index;
    private final NameNormalizer names;
    private final MentionWords words;

    public PlaceResolver(PlaceIndex index, MentionWords words) {
        this.index = index;
        this.names = index.names();
        this.words = words;
    }

    public Resolution resolve(String mention, ResolutionContext context) {
        String text = mention == null ? "" : mention.strip();
        boolean near = false;
        Matcher m = words.near.matcher(text);
        if (m.find()) {
            near = true;
            text = text.substring(m.end());
        }
        Matcher kind = words.kindOf.matcher(text);
        boolean unitOf = false;
        if (kind.find()) {
            unitOf = words.isUnitWord(kind.group(1)); // "the district of X", not "the village of X"
            text = text.substring(kind.end());
        }
        boolean area = words.area.matcher(text).find();
        Matcher d = words.direction.matcher(text);
        if (d.find()) {
            area = true;
            text = text.substring(d.end());
        }
        String core = words.area.matcher(text).replaceAll(" ").strip();
        boolean unitWord = unitOf || words.unitWord.matcher(text).find();
        List<Candidate> candidates = candidates(core.isEmpty() ? text : core, context, unitWord);
        if (candidates.isEmpty()) {
            return new Resolution(mention, null, List.of(), false, GeoPrecision.REGION);
        }
        if (unitWord) {
            // "the Kalbajar district", "Kalbajar and Lachin regions": the text says it means the unit, whatever
            // village of that name lies near the other places named
            List<Candidate> units = candidates.stream().filter(c -> c.place().featureClass() == FeatureClass.REGION).toList();
            if (!units.isEmpty()) {
                candidates = units;
            }
        }
        Candidate top = candidates.get(0);
        Candidate best = top;
        String folded = names.fold(core.isEmpty() ? text : core);
        if (top.place().featureClass() == FeatureClass.REGION && !unitWord) {
            // a town spelt as the text spells it, inside the unit named after it (a capital city that is its own
            // unit), is the town unless the text says "province"
            // "Fuzuli" is the town more often than the district named after it: take the town when it is close
            Candidate town = candidates.stream()
                    .filter(c -> c.place().featureClass() == FeatureClass.LOCALITY)
                    .filter(c -> c.place().population() >= TOWN_POPULATION || c.place().names().size() >= TOWN_NAMES)
                    .filter(c -> top.place().admin1() != null && top.place().admin1().equals(c.place().admin1()))
                    .filter(c -> top.score() - c.score() < MARGIN || names.fold(c.matchedName()).equals(folded))
                    .findFirst().orElse(null);
            if (town != null) {
                best = town;
            }
        }
        final Candidate chosen = best;
        Candidate rival = candidates.stream().filter(c -> c != chosen && differentPlace(chosen.place(), c.place()))
                .findFirst().orElse(null);
        // a town taken for the unit named after it is as certain as the unit
        double strength = chosen == top ? top.score() : Math.max(chosen.score(), top.score());
        boolean ambiguous = rival != null && strength - rival.score() < MARGIN;
        GeoPrecision precision = precisionOf(chosen.place().featureClass(), near, area);
        return new Resolution(mention, ambiguous ? null : chosen, candidates, ambiguous, precision);
    }

    /** Every candidate for a name, best first (one per place). */
    public List<Candidate> candidates(String name, ResolutionContext context) {
        return candidates(name, context, words.unitWord.matcher(name).find());
    }

    private List<Candidate> candidates(String name, ResolutionContext context, boolean unitWord) {
        boolean lake = names.namesLake(name);
        String folded = names.fold(name);
        String lower = name.strip().toLowerCase(Locale.ROOT);
        Map<String, Candidate> byPlace = new LinkedHashMap<>();
        for (PlaceIndex.NameHit hit : index.lookup(name)) {
            Place p = hit.place();
            StringBuilder why = new StringBuilder();
            double score = nameScore(hit, folded, lower, why);
            score += classScore(p.featureClass(), lake, why);
            if (unitWord && p.featureClass() == FeatureClass.REGION) {
                score += 0.8;
                why.append(" unit-word+0.80");
            }
            double prominence = 0.1 * Math.log10(1 + p.population()) + 0.06 * Math.log(1 + hit.entry().names().size());
            score += prominence;
            why.append(String.format(Locale.ROOT, " prominence+%.2f", prominence));
            score += contextScore(p, context, why);
            Candidate c = new Candidate(p, hit.name(), score, why.toString().strip());
            Candidate old = byPlace.get(p.id());
            if (old == null || old.score() < score) {
                byPlace.put(p.id(), c);
            }
        }
        List<Candidate> sorted = new ArrayList<>(byPlace.values());
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.place().id()));
        return sorted;
    }

    /**
     * The place's own name and curated aliases count most, an English preferred name next, a preferred
     * name in another language less (sources attach stray names to the wrong village), a variant least;
     * matching the spelling (not only the sound) adds to it.
     */
    private static double nameScore(PlaceIndex.NameHit hit, String folded, String lower, StringBuilder why) {
        double s = switch (hit.kind()) {
            case PRIMARY -> 1.2;
            case ALIAS -> 1.1;
            case PREFERRED -> "eng".equals(hit.lang()) ? 1.0 : 0.8;
            case VARIANT -> 0.6;
        };
        if (hit.folded().equals(folded)) {
            s += 0.5;
        }
        if (hit.name().toLowerCase(Locale.ROOT).equals(lower)) {
            s += 0.1;
        }
        why.append(String.format(Locale.ROOT, "name(%s %s)+%.2f", hit.kind().name().toLowerCase(Locale.ROOT), hit.name(), s));
        return s;
    }

    private static double classScore(FeatureClass fc, boolean lake, StringBuilder why) {
        double s = switch (fc) {
            case LOCALITY, HEIGHT, ROAD, CORRIDOR, BORDER_LINE -> 0.5;
            case LAKE -> lake ? 1.5 : 0.5;
            case REGION -> 0.45;
            case COUNTRY -> 0.4;
            case DISTRICT -> 0.2;
            case OTHER -> 0.1;
        };
        why.append(String.format(Locale.ROOT, " class(%s)+%.2f", fc.name().toLowerCase(Locale.ROOT), s));
        return s;
    }

    private static double contextScore(Place p, ResolutionContext context, StringBuilder why) {
        double s = 0;
        double region = 0;
        // a province named nearby says where a village is; it says nothing about which province another name means
        for (ResolutionContext.RegionHint h : p.featureClass() == FeatureClass.REGION ? List.<ResolutionContext.RegionHint>of() : context.regions()) {
            if (h.admin1() != null && h.admin1().equalsIgnoreCase(p.admin1())) {
                region = Math.max(region, 2.0 * h.weight());
            }
        }
        if (region > 0) {
            why.append(String.format(Locale.ROOT, " province-named+%.2f", region));
        }
        s += region;
        if (p.country() != null && context.countries().contains(p.country())) {
            s += 0.4;
            why.append(" country-named+0.40");
        }
        if (p.point() != null && !context.anchors().isEmpty()) {
            double best = 0;
            for (GeoPoint a : context.anchors()) {
                best = Math.max(best, Math.exp(-Haversine.km(a, p.point()) / PROXIMITY_KM));
            }
            double proximity = 1.2 * best;
            if (proximity > 0.01) {
                why.append(String.format(Locale.ROOT, " near-other-places+%.2f", proximity));
            }
            s += proximity;
        }
        return s;
    }

    static boolean differentPlace(Place a, Place b) {
        boolean sameUnit = a.admin1() != null && a.admin1().equals(b.admin1());
        if (sameUnit && (a.featureClass() == FeatureClass.REGION || b.featureClass() == FeatureClass.REGION)) {
            return false; // a unit and a place inside it: either gives the same province
        }
        if (a.point() == null || b.point() == null) {
            return true;
        }
        return !(sameUnit && Haversine.km(a.point(), b.point()) < SAME_PLACE_KM);
    }

    static GeoPrecision precisionOf(FeatureClass fc, boolean near, boolean area) {
        return switch (fc) {
            case COUNTRY, REGION -> GeoPrecision.REGION;
            case ROAD, CORRIDOR, BORDER_LINE -> area ? GeoPrecision.REGION : GeoPrecision.NEAR;
            default -> area || near ? GeoPrecision.NEAR : GeoPrecision.EXACT;
        };
    }

    public PlaceIndex index() {
        return index;
    }
}
