package org.borderwatch.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Stance;

/**
 * The flat fields of one event that every {@link EventQuery} filter, sort and statistic is computed from,
 * without the event itself. The location fields are those of the primary location; {@code actorsLc} and
 * {@code searchText} are the lower-cased texts the actor and text filters look into (built by
 * {@link #actorsText} and {@link #searchText}, the one definition every store uses).
 *
 * @param fatalitiesLow the low estimate, null when unknown
 * @param searchText    null when the store has no search text for the event (then no text filter matches it)
 * @param sourceSide    the party whose word alone the event rests on, null when none (see EventQuery#oneSided)
 */
public record FilterRow(String id, String documentId, LocalDate dateStart, LocalDate dateEnd, String eventType,
                        String subEventType, String actor1, String actorsLc, String country, String admin1,
                        String locationName, Double lat, Double lon, Integer fatalitiesLow, boolean contested,
                        boolean crossBorder, String searchText, String sourceSide) {

    /** Stances by which someone disputes an event: such an event is contested. */
    public static final Set<Stance> DISPUTING =
            Collections.unmodifiableSet(EnumSet.of(Stance.DENIES, Stance.BLAMES_OTHER_SIDE, Stance.CALLED_FALSE));

    private static final int SEARCH_TEXT_LIMIT = 100_000;
    private static final int ACTORS_LIMIT = 4000;

    /** The row of an event as extracted: which side's word it rests on is not known from the event alone. */
    public static FilterRow of(Event e) {
        Location primary = e.primaryLocation();
        boolean located = primary != null && primary.point() != null;
        return new FilterRow(e.id(), e.documentId(), e.date().start(), e.date().lastDay(), e.eventType().label(),
                e.subEventType().label(), e.actor1(), actorsText(e),
                primary == null ? null : primary.country(),
                primary == null ? null : primary.admin1(),
                primary == null ? null : primary.name(),
                located ? primary.point().latitude() : null,
                located ? primary.point().longitude() : null,
                e.fatalities().low(), isContested(e), e.border() != null && e.border().crossBorder(), searchText(e),
                null);
    }

    public static boolean isContested(Event e) {
        return e.claims().stream().anyMatch(c -> DISPUTING.contains(c.stance()));
    }

    /** Every actor name (main and associated, both sides), lower-cased, one a line. */
    public static String actorsText(Event e) {
        return truncate(lower(String.join("\n", actors(e))), ACTORS_LIMIT);
    }

    /** Actors, notes, place names, evidence and claimants, lower-cased, one a line. */
    public static String searchText(Event e) {
        List<String> words = actors(e);
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
        return truncate(lower(String.join("\n", words)), SEARCH_TEXT_LIMIT);
    }

    private static List<String> actors(Event e) {
        List<String> actors = new ArrayList<>();
        addIfPresent(actors, e.actor1());
        e.assocActors1().forEach(a -> addIfPresent(actors, a));
        addIfPresent(actors, e.actor2());
        e.assocActors2().forEach(a -> addIfPresent(actors, a));
        return actors;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
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
