package org.borderwatch.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Filters over stored events; every null field means "any". The web API, the CLI and the exports
 * all take this one record so that a filter means the same everywhere.
 *
 * @param bbox       west, south, east, north in degrees, or null
 * @param text       words to find in notes, evidence, actors and place names
 * @param contested  true: only events someone denies or blames on the other side
 * @param crossBorder true: only events inside the other side's recognised territory
 * @param oneSided   true: only events every report of which rests on one party's word (see analysis.sources);
 *                   false: only the others
 */
public record EventQuery(
        LocalDate from,
        LocalDate to,
        String type,
        String subType,
        String actor,
        String country,
        String admin1,
        double[] bbox,
        String text,
        String documentId,
        Boolean contested,
        Boolean crossBorder,
        Boolean oneSided,
        Sort sort,
        int page,
        int size) {

    /** Orders of a listing, each with the name the API and the command line both use for it. */
    public enum Sort {
        DATE_ASC("date"), DATE_DESC("-date"), FATALITIES_DESC("-fatalities");

        private final String key;

        Sort(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /**
         * The order named {@code text}.
         *
         * @param name the parameter as the caller spells it, for the error message
         */
        public static Sort fromKey(String name, String text) {
            for (Sort s : values()) {
                if (s.key.equals(text)) {
                    return s;
                }
            }
            List<String> keys = Arrays.stream(values()).map(Sort::key).toList();
            throw new IllegalArgumentException(name + " must be " + String.join(", ", keys.subList(0, keys.size() - 1))
                    + " or " + keys.get(keys.size() - 1) + ", not '" + text + "'");
        }
    }

    public static final int MAX_PAGE_SIZE = 1000;

    public EventQuery {
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("bbox needs four numbers: west,south,east,north");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        sort = sort == null ? Sort.DATE_ASC : sort;
    }

    /** A query without the one-sided filter (the filters every store had before it). */
    public EventQuery(LocalDate from, LocalDate to, String type, String subType, String actor, String country,
                      String admin1, double[] bbox, String text, String documentId, Boolean contested,
                      Boolean crossBorder, Sort sort, int page, int size) {
        this(from, to, type, subType, actor, country, admin1, bbox, text, documentId, contested, crossBorder, null,
                sort, page, size);
    }

    /** Everything, first page of the largest size. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                Sort.DATE_ASC, 1, MAX_PAGE_SIZE);
    }

    /** The same filter within another box (null: anywhere). */
    public EventQuery withBox(double[] newBbox) {
        return new EventQuery(from, to, type, subType, actor, country, admin1, newBbox, text, documentId,
                contested, crossBorder, oneSided, sort, page, size);
    }

    public EventQuery withPage(int newPage, int newSize) {
        return new EventQuery(from, to, type, subType, actor, country, admin1, bbox, text, documentId,
                contested, crossBorder, oneSided, sort, newPage, newSize);
    }

    /** The same filter, keeping only events that rest on one party's word (true), or only the others (false). */
    public EventQuery withOneSided(Boolean newOneSided) {
        return new EventQuery(from, to, type, subType, actor, country, admin1, bbox, text, documentId,
                contested, crossBorder, newOneSided, sort, page, size);
    }
}
