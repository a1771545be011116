package org.borderwatch.store;

/** How many events a query matches, and how many of those have coordinates to be mapped. */
public record MappedCount(long events, long mapped) {
    public long unmapped() {
        return events - mapped;
    }
}
