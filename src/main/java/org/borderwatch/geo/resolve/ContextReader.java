package org.borderwatch.geo.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.Span;

/**
 * Reads what a passage says about where its places are: the provinces and countries it names (closer
 * ones weigh more) and the points of places it names that have only one candidate.
 */
public final class ContextReader {
    /** Characters of text over which a named province's weight halves. */
    private static final double HALF_WEIGHT_CHARS = 500;
    private final PlaceIndex index;
    private final GazetteerSpotter spotter;
    private final MentionWords words;

    public ContextReader(PlaceIndex index, GazetteerSpotter spotter, MentionWords words) {
        this.index = index;
        this.spotter = spotter;
        this.words = words;
    }

    /**
     * @param text    the document text
     * @param window  the part of it to read
     * @param mention the mention's own span (not read as its own context), or null
     */
    public ResolutionContext read(String text, Span window, Span mention) {
        int center = mention != null ? mention.start() : (window.start() + window.end()) / 2;
        List<ResolutionContext.RegionHint> regions = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        List<GeoPoint> anchors = new ArrayList<>();
        for (NamedPlace n : namesOf(text)) {
            Span s = n.span();
            if (s.start() < window.start() || s.end() > window.end() || mention != null && s.overlaps(mention)) {
                continue;
            }
            if (n.country() != null) {
                countries.add(n.country().country());
                continue;
            }
            double weight = 1.0 / (1.0 + Math.abs(s.start() - center) / HALF_WEIGHT_CHARS);
            Place region = n.region();
            if (n.regionMeant() && region.admin1() != null) {
                // "in Kalbajar": the unit, or its town of the same name; either way the province is known
                regions.add(new ResolutionContext.RegionHint(region.admin1(), region.country(), weight, s.start()));
            } else if (n.regionMeant() && region.country() != null) {
                countries.add(region.country()); // an area of special status: says which country, not which unit
            }
            Place only = n.only();
            if (only != null && only.point() != null && only.featureClass() != FeatureClass.REGION) {
                anchors.add(only.point());
                if (!n.regionMeant() && only.admin1() != null) {
                    // a place with one candidate says its province too, more weakly than naming the province
                    regions.add(new ResolutionContext.RegionHint(only.admin1(), only.country(), weight * 0.5, s.start()));
                }
            }
        }
        return new ResolutionContext(regions, countries, anchors);
    }

    /** What one name spotted in a text says about where things are, whichever location reads it. */
    private record NamedPlace(Span span, Place country, Place region, boolean regionMeant, Place only) {
    }

    /** The names of one text, and the text (compared by identity). */
    private record Reading(String text, List<NamedPlace> names) {
    }

    /** The last text read: a document's locations are geocoded one after another, so its names are looked up once. */
    private volatile Reading last;

    private List<NamedPlace> namesOf(String text) {
        Reading r = last;
        if (r == null || r.text() != text) {
            r = new Reading(text, lookUp(text));
            last = r;
        }
        return r.names();
    }

    private List<NamedPlace> lookUp(String text) {
        List<NamedPlace> out = new ArrayList<>();
        for (Span s : spotter.spot(text)) {
            String name = text.substring(s.start(), s.end());
            List<PlaceIndex.NameHit> hits = index.lookup(name);
            if (hits.isEmpty()) {
                continue;
            }
            // "Kalbajar district", "the Syunik section": the unit is meant
            boolean unitWord = words.unitOrFrontAfter.matcher(
                    text.substring(s.end(), Math.min(text.length(), s.end() + words.unitOrFrontReach))).find();
            String folded = index.names().fold(name);
            Place region = strongest(hits, folded, FeatureClass.REGION);
            Place country = strongest(hits, folded, FeatureClass.COUNTRY);
            Place locality = strongest(hits, folded, FeatureClass.LOCALITY);
            boolean regionMeant = region != null && (unitWord || locality == null
                    || (region.admin1() != null && region.admin1().equals(locality.admin1())));
            out.add(new NamedPlace(s, country, region, regionMeant, onlyPlace(hits)));
        }
        return List.copyOf(out);
    }

    /** The place of that class whose name matches best (folded equal, not a mere variant), or null. */
    private static Place strongest(List<PlaceIndex.NameHit> hits, String folded, FeatureClass fc) {
        for (PlaceIndex.NameHit h : hits) {
            if (h.place().featureClass() == fc && h.folded().equals(folded)
                    && h.kind() != org.borderwatch.domain.GazetteerEntry.NameKind.VARIANT) {
                return h.place();
            }
        }
        return null;
    }

    /** The place all strong hits are (one place, perhaps listed twice), or null when they are several. */
    private static Place onlyPlace(List<PlaceIndex.NameHit> hits) {
        Place first = null;
        for (PlaceIndex.NameHit h : hits) {
            if (h.kind() == org.borderwatch.domain.GazetteerEntry.NameKind.VARIANT) {
                continue;
            }
            if (first == null) {
                first = h.place();
            } else if (PlaceResolver.differentPlace(first, h.place())) {
                return null;
            }
        }
        return first;
    }
}
