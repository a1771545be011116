package org.borderwatch.analysis.eval;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Python's meaning of JSON values as the reference scorer (score.py) treats them: truthiness,
 * equality across number types, int(), str.strip() and str.lower(). Values are what Jackson reads
 * from JSON: String, Number, Boolean, List, Map or null.
 */
final class PyValues {
    private PyValues() {
    }

    /** Python's {@code bool(value)}. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** Python's {@code value or ""} for text. */
    static String textOrEmpty(Object v) {
        return truthy(v) ? String.valueOf(v) : "";
    }

    /** Python's {@code ==} between JSON values (1 == 1.0 == True). */
    static boolean pyEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return asDouble(a) == asDouble(b);
        }
        return a.equals(b);
    }

    /** Python's {@code int(value)} for a number or numeric string. */
    static long pyInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Number n) {
            return (long) n.doubleValue(); // truncates toward zero, as int() does
        }
        String s = pyStrip(String.valueOf(v)).replace("_", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid literal for int(): '" + v + "'", e);
        }
    }

    private static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    private static double asDouble(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }

    /** Python's {@code str.strip()}: strips what Python calls whitespace, which includes no-break spaces. */
    static String pyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.isspace()} for one character. */
    static boolean isPySpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == ' ' || c == '\u0085'
                || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028'
                || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /** Python's {@code str.lower()}. */
    static String pyLower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
