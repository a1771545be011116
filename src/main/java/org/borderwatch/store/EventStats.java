package org.borderwatch.store;

import java.util.List;

/** Counts and fatalities of the events matching a query, grouped four ways. */
public record EventStats(long events, long fatalities, List<Bucket> byMonth, List<Bucket> byType,
                         List<Bucket> byAdmin1, List<Bucket> byActor) {
    /** One group: its key (a month as YYYY-MM, a type, a province, an actor), events and fatalities. */
    public record Bucket(String key, long events, long fatalities) {
    }
}
