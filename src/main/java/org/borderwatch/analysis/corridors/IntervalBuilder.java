package org.borderwatch.analysis.corridors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.Evidence;

/**
 * Turns one route's observations into status intervals. Observations in date order that say the same status are
 * one interval, however many reports repeat or overlap it; a different status ends it at that report's date. Before
 * the first observation the status is unknown, not assumed open.
 */
final class IntervalBuilder {
    private IntervalBuilder() {
    }

    static List<StatusInterval> build(List<StatusObservation> observations) {
        List<StatusObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing((StatusObservation o) -> o.date().start())
                .thenComparing(o -> o.date().lastDay()).thenComparing(StatusObservation::eventId));
        List<StatusInterval> out = new ArrayList<>();
        List<StatusObservation> run = new ArrayList<>();
        for (StatusObservation o : sorted) {
            if (!run.isEmpty() && run.get(0).status() != o.status()) {
                out.add(interval(run, o.date()));
                run = new ArrayList<>();
            }
            run.add(o);
        }
        if (!run.isEmpty()) {
            out.add(interval(run, null));
        }
        return out;
    }

    private static StatusInterval interval(List<StatusObservation> run, DateSpan until) {
        DateSpan from = run.get(0).date();
        LocalDate lastSeen = run.stream().map(StatusObservation::lastSeen).max(Comparator.naturalOrder()).orElseThrow();
        Set<String> causedBy = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        for (StatusObservation o : run) {
            causedBy.addAll(o.causedBy());
            events.add(o.eventId());
            evidence.addAll(o.evidence());
            rules.add(o.rule());
        }
        DayRange days = until != null ? DayRange.between(from, until)
                : DayRange.atLeast(Math.max(0, lastSeen.toEpochDay() - from.lastDay().toEpochDay()));
        return new StatusInterval(run.get(0).status(), from, until, lastSeen, days, List.copyOf(causedBy),
                List.copyOf(events), List.copyOf(evidence), List.copyOf(rules));
    }

    /**
     * Days of one status per calendar year: at least the days it surely held (from the last day its start allows to
     * the first day its end allows), at most the days it may have held (from the first to the last); an open-ended
     * interval has no upper bound in the years from its start on.
     */
    static Map<Integer, DayRange> daysByYear(List<StatusInterval> intervals, RouteStatus status) {
        Map<Integer, DayRange> out = new TreeMap<>();
        for (StatusInterval i : intervals) {
            if (i.status() != status) {
                continue;
            }
            LocalDate sureFrom = i.from().lastDay();
            LocalDate mayFrom = i.from().start();
            LocalDate sureTo = i.until() != null ? i.until().start() : i.lastSeen();
            LocalDate mayTo = i.until() != null ? i.until().lastDay() : null;
            int lastYear = (mayTo != null ? mayTo : sureTo).getYear();
            for (int year = mayFrom.getYear(); year <= lastYear; year++) {
                long low = overlap(sureFrom, sureTo, year);
                Long high = mayTo == null ? null : overlap(mayFrom, mayTo, year);
                DayRange inYear = new DayRange(low, high == null ? null : Math.max(low, high));
                out.merge(year, inYear, DayRange::plus);
            }
        }
        return out;
    }

    /** Days of [from, to) inside the year. */
    private static long overlap(LocalDate from, LocalDate to, int year) {
        LocalDate start = max(from, LocalDate.of(year, 1, 1));
        LocalDate end = min(to, LocalDate.of(year + 1, 1, 1));
        return Math.max(0, end.toEpochDay() - start.toEpochDay());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
