package org.borderwatch.analysis.sources;

import java.util.List;
import org.borderwatch.domain.DateSpan;

/**
 * The sources of one merged event: each report's, and the side they all rest on when every report rests on the
 * word of one party or its state media ({@code oneSide}, null otherwise).
 */
public record EventSources(String eventId, DateSpan date, String eventType, String subEventType, List<ReportSource> reports,
                           String oneSide) {
    public EventSources {
        reports = List.copyOf(reports);
    }

    public boolean oneSided() {
        return oneSide != null;
    }

    /** The ids of every report of this event (the stored rows the one-sided flag is written to). */
    public List<String> reportIds() {
        return reports.stream().map(ReportSource::eventId).toList();
    }
}
