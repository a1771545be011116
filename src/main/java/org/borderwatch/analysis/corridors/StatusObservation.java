package org.borderwatch.analysis.corridors;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Evidence;

/**
 * One event's word on a route: its status from a date, who caused it, the rule that read it, and, when the report
 * says the status still held when it was published ("has been blocked since"), the day it was last seen to hold.
 */
public record StatusObservation(String routeId, RouteStatus status, DateSpan date, LocalDate seenUntil,
                                List<String> causedBy, String eventId, List<Evidence> evidence, String rule) {
    public StatusObservation {
        causedBy = List.copyOf(causedBy);
        evidence = List.copyOf(evidence);
    }

    /** The last day this observation shows the status holding. */
    public LocalDate lastSeen() {
        return seenUntil != null && seenUntil.isAfter(date.lastDay()) ? seenUntil : date.lastDay();
    }
}
