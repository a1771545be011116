package org.borderwatch.store.jdbc;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Stance;
import org.borderwatch.store.FilterRow;

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
    static final Set<Stance> DISPUTING = FilterRow.DISPUTING;

    static EventRow of(Event e) {
        Location primary = e.primaryLocation();
        String actorsLc = FilterRow.actorsText(e);
        boolean contested = FilterRow.isContested(e);
        return new EventRow(
                e.date().start(),
                e.date().lastDay(),
                e.date().precision().name(),
                e.date().start().toString().substring(0, 7),
                e.eventType().label(),
                e.subEventType().label(),
                e.actor1(),
                e.actor2(),
                actorsLc,
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
                FilterRow.searchText(e));
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
