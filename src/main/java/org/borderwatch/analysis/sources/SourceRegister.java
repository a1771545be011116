package org.borderwatch.analysis.sources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose word each event rests on, for every merged event: how many rest on one side's word alone (by side), how
 * many on several sides' or a neutral source's, and how many on sources of unknown side.
 */
public record SourceRegister(List<EventSources> events, long oneSided, Map<String, Long> oneSidedBySide,
                             long severalOrNeutral, long unknown) {
    public SourceRegister {
        events = List.copyOf(events);
        oneSidedBySide = Map.copyOf(oneSidedBySide);
    }

    /** For the store: every report of a one-sided event, to the side it rests on. */
    public Map<String, String> sideByReportId() {
        Map<String, String> out = new HashMap<>();
        for (EventSources e : events) {
            if (e.oneSided()) {
                e.reportIds().forEach(id -> out.put(id, e.oneSide()));
            }
        }
        return out;
    }
}
