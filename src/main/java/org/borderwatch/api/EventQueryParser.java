package org.borderwatch.api;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.DateBounds;
import org.borderwatch.store.EventQuery;

/**
 * Turns the filter parameters of a request into an {@link EventQuery}, refusing anything malformed
 * with an error that names the parameter, so a typo is reported rather than silently ignored.
 * Type and sub-type are accepted by ACLED label or enum name and passed on as the ACLED label.
 */
public final class EventQueryParser {
    /** Filters every event endpoint accepts. */
    public static final Set<String> FILTERS = Set.of(
            "from", "to", "type", "sub_type", "actor", "country", "admin1", "bbox", "q", "document",
            "contested", "cross_border", "one_sided");
    /** Paging and order, for endpoints that list events. */
    public static final Set<String> PAGING = Set.of("sort", "page", "size");

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_TEXT_LENGTH = 200;

    private EventQueryParser() {
    }

    /**
     * @param params  the query string, parameter name to values
     * @param allowed the parameter names this endpoint accepts; any other is an error
     */
    public static EventQuery parse(Map<String, List<String>> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            // A stray '&' gives an empty name; that is harmless, a misspelt filter is not.
            if (!name.isEmpty() && !allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter '" + name + "'");
            }
        }
        LocalDate from = date(params, "from", DateBounds::from);
        LocalDate to = date(params, "to", DateBounds::to);
        try {
            DateBounds.requireOrdered("'from'", from, "'to'", to);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("to", e.getMessage());
        }
        String type = eventType(single(params, "type"));
        String subType = subEventType(single(params, "sub_type"));
        // the stores page with long offsets, so any page is fine: one past the last is empty
        int page = integer(params, "page", 1, 1, Integer.MAX_VALUE);
        int size = integer(params, "size", DEFAULT_PAGE_SIZE, 1, EventQuery.MAX_PAGE_SIZE);
        return new EventQuery(from, to, type, subType, text(params, "actor"), text(params, "country"),
                text(params, "admin1"), bbox(single(params, "bbox")), text(params, "q"), text(params, "document"),
                bool(params, "contested"), bool(params, "cross_border"), bool(params, "one_sided"),
                sort(single(params, "sort")), page, size);
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(name, "parameter '" + name + "' given more than once");
        }
        String value = values.get(0).trim();
        return value.isEmpty() ? null : value;
    }

    private static String text(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw ApiException.badParameter(name, "'" + name + "' is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value;
    }

    /** A day, or a month read by {@code bound} as its first or last day. */
    private static LocalDate date(Map<String, List<String>> params, String name,
                                  BiFunction<String, String, LocalDate> bound) {
        try {
            return bound.apply("'" + name + "'", single(params, name));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, e.getMessage());
        }
    }

    private static String eventType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return EventType.fromLabel(value).label();
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("type", "unknown event type '" + value + "'");
        }
    }

    private static String subEventType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return SubEventType.fromLabel(value).label();
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("sub_type", "unknown sub-event type '" + value + "'");
        }
    }

    static int integer(Map<String, List<String>> params, String name, int defaultValue, int min, int max) {
        String value = single(params, name);
        if (value == null) {
            return defaultValue;
        }
        if (!value.matches("[-+]?[0-9]+")) {
            throw ApiException.badParameter(name, "'" + name + "' must be a whole number, not '" + value + "'");
        }
        BigInteger n = new BigInteger(value); // any number of digits, so none overflows past the bounds
        boolean low = n.compareTo(BigInteger.valueOf(min)) < 0;
        if (low || n.compareTo(BigInteger.valueOf(max)) > 0) {
            String range = max != Integer.MAX_VALUE ? "between " + min + " and " + max
                    : low ? min + " or more" : "at most " + max;
            throw ApiException.badParameter(name, "'" + name + "' must be " + range + ", not '" + value + "'");
        }
        return n.intValue();
    }

    private static Boolean bool(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badParameter(name, "'" + name + "' must be true or false, not '" + value + "'");
        };
    }

    private static EventQuery.Sort sort(String value) {
        if (value == null) {
            return EventQuery.Sort.DATE_ASC;
        }
        try {
            return EventQuery.Sort.fromKey("'sort'", value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("sort", e.getMessage());
        }
    }

    private static double[] bbox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw ApiException.badParameter("bbox", "'bbox' needs four numbers: west,south,east,north");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw ApiException.badParameter("bbox", "'bbox' has a part that is not a number: '" + parts[i] + "'");
            }
            if (!Double.isFinite(box[i])) {
                throw ApiException.badParameter("bbox", "'bbox' parts must be finite numbers");
            }
        }
        if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90) {
            throw ApiException.badParameter("bbox", "'bbox' lies outside -180..180 / -90..90 degrees");
        }
        if (box[1] > box[3] || box[0] > box[2]) {
            throw ApiException.badParameter("bbox", "'bbox' must be west,south,east,north with west <= east and south <= north");
        }
        return box;
    }
}
