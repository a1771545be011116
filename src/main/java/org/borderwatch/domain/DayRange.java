package org.borderwatch.domain;

/**
 * A number of days known only within bounds, because the dates it is counted between are known to the day,
 * the month or the year: at least {@code low}, at most {@code high}. {@code high} is null when no upper bound
 * is known (a closure still in force at the last report).
 */
public record DayRange(long low, Long high) {
    public DayRange {
        if (low < 0 || (high != null && high < low)) {
            throw new IllegalArgumentException("bad day range " + low + ".." + high);
        }
    }

    public static DayRange exactly(long days) {
        return new DayRange(days, days);
    }

    /** At least {@code low} days, with no upper bound known. */
    public static DayRange atLeast(long low) {
        return new DayRange(low, null);
    }

    /**
     * Days from one dated thing to a later one: the fewest if the first fell on the last day its date allows and
     * the second on the first, the most the other way round (never fewer than none).
     */
    public static DayRange between(DateSpan earlier, DateSpan later) {
        long low = Math.max(0, later.start().toEpochDay() - earlier.lastDay().toEpochDay());
        long high = Math.max(low, later.lastDay().toEpochDay() - earlier.start().toEpochDay());
        return new DayRange(low, high);
    }

    public DayRange plus(DayRange other) {
        return new DayRange(low + other.low, high == null || other.high == null ? null : high + other.high);
    }

    public boolean exact() {
        return high != null && high == low;
    }

    /** "12", "10–14", "at least 30" or "unknown": never more precise than the dates allow. */
    public String text() {
        if (high == null) {
            return low == 0 ? "unknown" : "at least " + low;
        }
        return exact() ? Long.toString(low) : low + "–" + high;
    }
}
