package org.borderwatch.api;

import java.time.LocalDate;

/** What the map needs of one event: where, when, what, how deadly. Kept small so 100,000 fit in memory. */
public record MapPoint(String id, double lat, double lon, LocalDate date, String eventType, String subEventType,
                       String location, int fatalities, boolean contested) {
}
