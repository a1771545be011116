package org.borderwatch.store;

import java.util.Comparator;
import java.util.List;

/**
 * Counts and fatalities of the events matching a query, grouped four ways; and how many of them rest on
 * one party's word alone, by that party ({@code bySourceSide}, most first).
 */
public record EventStats(long events, long fatalities, List<Bucket> byMonth, List<Bucket> byType,
                         List<Bucket> byAdmin1, List<Bucket> byActor, long oneSided, List<Bucket> bySourceSide) {
    public EventStats {
        byMonth = List.copyOf(byMonth);
        byType = List.copyOf(byType);
        byAdmin1 = List.copyOf(byAdmin1);
        byActor = List.copyOf(byActor);
        bySourceSide = List.copyOf(bySourceSide);
    }

    /** One group: its key (a month as YYYY-MM, a type, a province, an actor), events and fatalities. */
    public record Bucket(String key, long events, long fatalities) {
        /**
         * The {@code limit} buckets with the most events, ties in key order: how every store ranks the
         * province and actor groupings, so the same query ranks the same way whichever answers it.
         */
        public static List<Bucket> mostFirst(List<Bucket> buckets, int limit) {
            return buckets.stream()
                    .sorted(Comparator.comparingLong(Bucket::events).reversed().thenComparing(Bucket::key))
                    .limit(limit)
                    .toList();
        }
    }
}
