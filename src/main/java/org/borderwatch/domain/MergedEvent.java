package org.borderwatch.domain;

import java.util.List;

/** One real event put together from every document that reports it, with where those reports disagree. */
public record MergedEvent(String id, List<Event> reports, List<Disagreement> disagreements) {
    public MergedEvent {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs at least one report");
        }
        reports = List.copyOf(reports);
        disagreements = List.copyOf(disagreements);
    }

    /** The report that stands for the event in tables and maps: the first one. */
    public Event representative() {
        return reports.get(0);
    }
}
