package org.borderwatch.store.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Stance;

/**
 * The flattened columns an event is filtered, sorted and counted by. The location columns come from
 * the primary location; the lower-cased columns let filters be case-insensitive without functions
 * on indexed columns.
 */
record EventRow(
        LocalDate dateStart, LocalDate dateEnd, String precision, String month, String eventType, String subEventType,
        String actor1, String actor2, String actorsLc, String country, String admin1, String locationName,
        Double lat, Double lon, Integer geoPrecision, Integer fatalitiesLow, Integer fatalitiesBest,
        Integer fatalitiesHigh, boolean contested, boolean crossBorder, String searchText) {

    /** Stances by which someone disputes an event. */
    static final Set<Stance> DISPUTING = EnumSet.of(Stance.DENIES, Stance.BLAMES_OTHER_SIDE, Stance.CALLED_FALSE);

    private static final int SEARCH_TEXT_LIMIT = 100_000;
    private static final int ACTORS_LIMIT = 4000;

    static EventRow of(Event e) {
        Location primary = e.primaryLocation();
        List<String> actors = new ArrayList<>();
        addIfPresent(actors, e.actor1());
        e.assocActors1().forEach(a -> addIfPresent(actors, a));
        addIfPresent(actors, e.actor2());
        e.assocActors2().forEach(a -> addIfPresent(actors, a));
        String actorsLc = lower(String.join("\n", actors));

        List<String> words = new ArrayList<>(actors);
        addIfPresent(words, e.notes());
        for (Location l : e.locations()) {
            addIfPresent(words, l.name());
            addIfPresent(words, l.admin1());
            addIfPresent(words, l.admin2());
            addIfPresent(words, l.country());
        }
        for (Evidence ev : e.evidence()) {
            addIfPresent(words, ev.text());
        }
        for (Claim c : e.claims()) {
            addIfPresent(words, c.claimant());
        }
        boolean contested = e.claims().stream().anyMatch(c -> DISPUTING.contains(c.stance()));
        return new EventRow(
                e.date().start(),
                e.date().lastDay(),
                e.date().precision().name(),
                e.date().start().toString().substring(0, 7),
                e.eventType().label(),
                e.subEventType().label(),
                e.actor1(),
                e.actor2(),
                truncate(actorsLc, ACTORS_LIMIT),
                primary == null ? null : primary.country(),
                primary == null ? null : primary.admin1(),
                primary == null ? null : primary.name(),
                primary == null || primary.point() == null ? null : primary.point().latitude(),
                primary == null || primary.point() == null ? null : primary.point().longitude(),
                primary == null || primary.precision() == null ? null : primary.precision().code(),
                e.fatalities().low(),
                e.fatalities().best(),
                e.fatalities().high(),
                contested,
                e.border() != null && e.border().crossBorder(),
                truncate(lower(String.join("\n", words)), SEARCH_TEXT_LIMIT));
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
