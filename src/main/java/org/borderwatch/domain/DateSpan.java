package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as a text supports it: a start, an optional last day (for ranges such as 12–14 September),
 * and the precision the text gives. With MONTH precision {@code start} is the first of the month,
 * with YEAR precision the first of January.
 */
public record DateSpan(LocalDate start, LocalDate end, DatePrecision precision) {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + " .. " + end);
        }
    }

    public static DateSpan day(LocalDate day) {
        return new DateSpan(day, null, DatePrecision.DAY);
    }

    public static DateSpan of(LocalDate start, DatePrecision precision) {
        return new DateSpan(start, null, precision);
    }

    /** The last day the span covers: the explicit end, or the end of the month or year for coarse precision. */
    public LocalDate lastDay() {
        if (end != null) {
            return end;
        }
        return switch (precision) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(lastDay());
    }
}
