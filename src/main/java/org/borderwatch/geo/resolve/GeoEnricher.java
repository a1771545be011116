package org.borderwatch.geo.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.Span;
import org.borderwatch.geo.Geography;
import org.borderwatch.geo.admin.AdminUnits;

/**
 * Geocodes an event's locations using the document around its evidence, and places the event relative
 * to the border. A name that cannot be resolved stays as text, placed at precision 3 on the province
 * the passage names nearest to it (when it names one); an ambiguous name is treated the same way rather
 * than guessed.
 */
public final class GeoEnricher implements EventEnricher {
    /** Characters of text read on each side of the evidence for context. */
    private static final int WINDOW = 1500;

    private final Geography geography;

    public GeoEnricher(Geography geography) {
        this.geography = geography;
    }

    @Override
    public Event enrich(Event event, Document document) {
        if (geography.isEmpty() || event.locations().isEmpty()) {
            return event;
        }
        String text = document == null ? "" : document.cleanText();
        Span anchor = event.evidence().stream().map(Evidence::clean).filter(s -> s != null && s.end() <= text.length())
                .findFirst().orElse(null);
        List<Location> located = new ArrayList<>();
        for (Location l : event.locations()) {
            if (l.point() != null || l.name() == null || l.name().isBlank()) {
                located.add(l);
                continue;
            }
            located.add(locateForEvent(l.name(), text, mentionSpan(text, l.name(), anchor)));
        }
        // the most precise location with a point; a province or country centre says nothing about distances
        Location first = located.stream().filter(l -> l.point() != null)
                .min(Comparator.comparingInt(l -> l.precision() == null ? 3 : l.precision().code())).orElse(null);
        BorderPosition border = event.border();
        if (first != null) {
            BorderPosition measured = geography.border().analyze(first.point(), event.actor1()).orElse(null);
            if (measured != null && first.precision() == GeoPrecision.REGION) {
                String country = first.country() != null ? first.country() : measured.recognisedCountry();
                measured = new BorderPosition(country, null, null, measured.region());
            }
            border = measured != null ? measured : border;
        }
        return event.withLocations(located, border);
    }

    /** Where the name occurs: inside the evidence if it does, else its occurrence nearest the evidence. */
    static Span mentionSpan(String text, String name, Span anchor) {
        if (name.isEmpty()) {
            return anchor;
        }
        if (anchor != null) {
            // Usually the name is inside the evidence: its first occurrence there is the answer
            // (inside beats outside, and nothing inside is nearer the evidence's start), found
            // without reading the rest of the document.
            int inside = indexOfIgnoringCase(text, name, anchor.start(), Math.min(anchor.end(), text.length()));
            if (inside >= 0) {
                return new Span(inside, inside + name.length());
            }
        }
        int best = -1;
        boolean bestInside = false;
        int target = anchor == null ? 0 : anchor.start();
        int end = text.length();
        for (int i = indexOfIgnoringCase(text, name, 0, end); i >= 0; i = indexOfIgnoringCase(text, name, i + 1, end)) {
            boolean inside = anchor != null && anchor.start() <= i && i + name.length() <= anchor.end();
            boolean nearer = best < 0 || Math.abs(i - target) < Math.abs(best - target);
            if (inside && !bestInside || inside == bestInside && nearer) {
                best = i;
                bestInside = inside;
            }
        }
        if (best >= 0) {
            return new Span(best, best + name.length());
        }
        return anchor;
    }

    /**
     * The next occurrence of {@code name} that lies wholly in {@code text}[from, to), ignoring case. Compared
     * in place because lower-casing a whole document for every location of every event was most of
     * geocoding's cost.
     */
    private static int indexOfIgnoringCase(String text, String name, int from, int to) {
        char lower = Character.toLowerCase(name.charAt(0));
        char upper = Character.toUpperCase(name.charAt(0));
        for (int i = Math.max(0, from); i <= to - name.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The location of an event's place name. A first-level unit ("Syunik province", "Gegarkunik", "Lachin"
     * followed by "region") is recorded in admin1, named as the configuration names the unit; the location
     * then names no place, as the annotation conventions and ACLED code an event known only to its province.
     * The unit's centre and precision 3 stay. Areas of special status (no admin1) keep their name.
     */
    Location locateForEvent(String name, String text, Span mention) {
        String asWritten = name;
        if (mention != null && text != null && followedByUnitWord(text, mention)) {
            name = name + " region"; // "the Syunik–Gegharkunik/Kalbajar–Lachin regions": units, not towns
        }
        Located l = resolveName(name, text, mention);
        Location out = l.location();
        out = new Location(asWritten, out.country(), out.admin1(), out.admin2(), out.point(), out.precision(), out.placeId());
        if (l.unit() && out.admin1() != null) {
            return new Location(null, out.country(), out.admin1(), out.admin2(), out.point(), GeoPrecision.REGION, out.placeId());
        }
        return out;
    }

    /**
     * Whether the text right after the mention calls it a unit ("Lachin regions", "Ararat Province"), also as
     * the first of a list the unit word closes ("Tovuz, Gadabay and Shusha districts").
     */
    boolean followedByUnitWord(String text, Span mention) {
        if (mention.end() > text.length()) {
            return false;
        }
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 120));
        return geography.mentionWords().unitAfterList.matcher(after).find();
    }

    /** Resolves one name read at {@code mention} in {@code text} (either may be empty/null). */
    public Location locate(String name, String text, Span mention) {
        return resolveName(name, text, mention).location();
    }

    /** A location, and whether the name was resolved to a first-level unit. */
    private record Located(Location location, boolean unit) {
    }

    private Located resolveName(String name, String text, Span mention) {
        ResolutionContext context = ResolutionContext.NONE;
        if (text != null && !text.isEmpty()) {
            Span at = mention != null ? mention : new Span(0, 0);
            Span window = new Span(Math.max(0, at.start() - WINDOW), Math.min(text.length(), at.end() + WINDOW));
            context = geography.contextReader().read(text, window, mention);
        }
        Resolution r = geography.resolver().resolve(name, context);
        if (r.resolved()) {
            Place p = r.best().place();
            String country = p.country();
            String admin1 = p.admin1();
            if (p.point() != null && (country == null || admin1 == null) && p.featureClass() != org.borderwatch.domain.FeatureClass.COUNTRY) {
                AdminUnits units = geography.admin().locate(p.point());
                country = country != null ? country : units.country();
                admin1 = admin1 != null || p.featureClass() == org.borderwatch.domain.FeatureClass.REGION ? admin1 : units.admin1();
            }
            boolean unit = p.featureClass() == org.borderwatch.domain.FeatureClass.REGION && p.admin1() != null;
            return new Located(new Location(name, country, admin1, null, p.point(), r.precision(), p.id()), unit);
        }
        return new Located(fallback(name, r, context), false);
    }

    /** Precision 3 at the province the passage names closest to the mention, or what all candidates share. */
    private Location fallback(String name, Resolution r, ResolutionContext context) {
        ResolutionContext.RegionHint hint;
        if (r.candidates().isEmpty()) {
            // a name no gazetteer knows: the province the passage names closest to it
            hint = context.regions().stream().max(Comparator.comparingDouble(ResolutionContext.RegionHint::weight)).orElse(null);
        } else {
            // a known but ambiguous name: only a named province one of its candidates lies in
            hint = context.regions().stream()
                    .filter(h -> r.candidates().stream().anyMatch(c -> h.admin1().equalsIgnoreCase(c.place().admin1())))
                    .max(Comparator.comparingDouble(ResolutionContext.RegionHint::weight)).orElse(null);
        }
        String admin1 = hint == null ? shared(r, true) : hint.admin1();
        String country = hint != null && hint.country() != null ? hint.country() : shared(r, false);
        if (country == null && context.countries().size() == 1) {
            country = context.countries().iterator().next();
        }
        Place region = admin1 == null ? null : geography.regionPlace(admin1, country);
        if (region != null && country == null) {
            country = region.country();
        }
        return new Location(name, country, admin1, null, region == null ? null : region.point(), GeoPrecision.REGION, null);
    }

    /** The admin1 (or country) every candidate shares, or null. */
    private static String shared(Resolution r, boolean admin1) {
        String value = null;
        for (Candidate c : r.candidates()) {
            String v = admin1 ? c.place().admin1() : c.place().country();
            if (v == null || (value != null && !value.equals(v))) {
                return null;
            }
            value = v;
        }
        return value;
    }
}
