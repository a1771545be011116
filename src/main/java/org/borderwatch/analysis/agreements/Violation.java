package org.borderwatch.analysis.agreements;

import java.util.List;
import org.borderwatch.domain.DateSpan;

/**
 * A violent event between parties of an agreement in force, linked to it as a violation. {@code reportIds} are
 * every document's report of the event, so the page can name the agreement whichever report it shows.
 */
public record Violation(String eventId, List<String> reportIds, DateSpan date, String eventType, String subEventType,
                        String actor1, String actor2, String place, Integer deathsLow, Integer deathsHigh) {
    public Violation {
        reportIds = List.copyOf(reportIds);
    }
}
