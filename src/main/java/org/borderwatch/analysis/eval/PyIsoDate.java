package org.borderwatch.analysis.eval;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Python 3.11's {@code date.fromisoformat}, as score.py applies it to a value's first ten characters:
 * YYYY-MM-DD, YYYYMMDD and the ISO week forms YYYY-Www[-D], YYYYWww[D]; anything else is no date.
 */
final class PyIsoDate {
    private PyIsoDate() {
    }

    /** score.py's {@code parse_date}: the date, or null when there is none. */
    static LocalDate parse(Object value) {
        String text = PyValues.textOrEmpty(value);
        String s = text.length() > 10 ? text.substring(0, 10) : text;
        try {
            return switch (s.length()) {
                case 10 -> s.charAt(5) == 'W' ? week(s, true) : calendar(s, true);
                case 8 -> s.charAt(4) == '-' ? week(s, true) : s.charAt(4) == 'W' ? week(s, false) : calendar(s, false);
                case 7 -> week(s, false);
                default -> null;
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate calendar(String s, boolean separated) {
        int year = digits(s, 0, 4);
        int p = 4;
        if (separated && s.charAt(p++) != '-') {
            return null;
        }
        int month = digits(s, p, 2);
        p += 2;
        if (separated && s.charAt(p++) != '-') {
            return null;
        }
        int day = digits(s, p, 2);
        return year < 1 ? null : LocalDate.of(year, month, day);
    }

    private static LocalDate week(String s, boolean separated) {
        int year = digits(s, 0, 4);
        int p = 4;
        if (separated && s.charAt(p++) != '-') {
            return null;
        }
        if (s.charAt(p++) != 'W') {
            return null;
        }
        int week = digits(s, p, 2);
        p += 2;
        int day = 1;
        if (p < s.length()) {
            if (separated && s.charAt(p++) != '-') {
                return null;
            }
            if (p + 1 != s.length()) {
                return null;
            }
            day = digits(s, p, 1);
        }
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (year < 1 || week < 1 || !IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).isValidValue(week)
                || day < 1 || day > 7) {
            return null;
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.of(day));
    }

    /** ASCII digits only, as Python's parser reads them. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            throw new NumberFormatException("too short");
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit: " + c);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
