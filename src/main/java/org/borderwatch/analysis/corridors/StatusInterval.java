package org.borderwatch.analysis.corridors;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.Evidence;

/**
 * A stretch of time a route held one status: from the first report of it until the first report of another status
 * ({@code until}), or, when none came, open-ended, last seen holding on {@code lastSeen}. Its length is a range: the
 * dates bounding it are known to the day, month or year, and an open-ended one has no upper bound.
 */
public record StatusInterval(RouteStatus status, DateSpan from, DateSpan until, LocalDate lastSeen, DayRange days,
                             List<String> causedBy, List<String> eventIds, List<Evidence> evidence, List<String> rules) {
    public StatusInterval {
        causedBy = List.copyOf(causedBy);
        eventIds = List.copyOf(eventIds);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
    }

    public boolean openEnded() {
        return until == null;
    }
}
