package org.borderwatch.store;

import java.time.LocalDate;

/**
 * What a map needs of one event with coordinates (those of its primary location), read from the
 * store's flat columns without decoding the whole event.
 *
 * @param fatalities the low estimate, 0 when unknown
 */
public record EventPoint(String id, double lat, double lon, LocalDate date, String eventType, String subEventType,
                         String location, int fatalities, boolean contested) {
}
