package org.borderwatch.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.store.EventStats;

/** Adds up partial counts (events and fatalities) per key into statistics buckets; null keys are left out. */
final class StatsTally {
    private final Map<String, long[]> totals = new TreeMap<>();

    void add(String key, long events, long fatalities) {
        if (key == null) {
            return;
        }
        long[] t = totals.computeIfAbsent(key, k -> new long[2]);
        t[0] += events;
        t[1] += fatalities;
    }

    /** Buckets in key order (months: chronological). */
    List<EventStats.Bucket> byKey() {
        List<EventStats.Bucket> out = new ArrayList<>();
        totals.forEach((k, t) -> out.add(new EventStats.Bucket(k, t[0], t[1])));
        return out;
    }

    /** The {@code limit} buckets with the most events, ties in key order. */
    List<EventStats.Bucket> mostFirst(int limit) {
        return EventStats.Bucket.mostFirst(byKey(), limit);
    }
}
