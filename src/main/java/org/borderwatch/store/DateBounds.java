package org.borderwatch.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The bounds of a period filter as people write them, read the same way by the API and the command
 * line: a day (2022-09-13) or a whole month (2022-09), a month starting on its first day and ending on
 * its last. Errors name the parameter as the caller spells it ('from' in the API, --from on the command line).
 */
public final class DateBounds {
    private static final String FORMAT = " must be an ISO date like 2022-09-13 or a month like 2022-09, not '";

    private DateBounds() {
    }

    /** The first day {@code text} stands for; null for null or blank. */
    public static LocalDate from(String name, String text) {
        return parse(name, text, false);
    }

    /** The last day {@code text} stands for; null for null or blank. */
    public static LocalDate to(String name, String text) {
        return parse(name, text, true);
    }

    /** Refuses a period that ends before it starts: no event could match it. */
    public static void requireOrdered(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(toName + " (" + to + ") is before " + fromName + " (" + from
                    + "), so no event can match");
        }
    }

    private static LocalDate parse(String name, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + FORMAT + text + "'");
        }
    }
}
