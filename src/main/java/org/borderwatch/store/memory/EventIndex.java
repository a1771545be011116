package org.borderwatch.store.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.FilterRow;

/**
 * An immutable columnar copy of every event's filterable fields, rows in the order of
 * {@link EventQuery.Sort#DATE_ASC}: a query's filter becomes a test of a row number, and every sort is a
 * walk over row numbers (forwards, backwards, or along the precomputed order by fatalities).
 * Each filter means exactly what the JDBC store's SQL means (see store.jdbc.EventFilter).
 */
final class EventIndex {
    final int size;
    final String[] ids;
    final int[] startDay;
    final int[] endDay;
    final int[] month;
    final int[] type;
    final int[] subType;
    final int[] actor1;
    final String[] actorsLc;
    final int[] countryLc;
    final int[] admin1;
    final int[] admin1Lc;
    final String[] locationName;
    final double[] lat;
    final double[] lon;
    final int[] fatalities;
    final boolean[] fatalitiesKnown;
    final boolean[] contested;
    final boolean[] crossBorder;
    final int[] document;
    final String[] searchText;
    /** The code of the party whose word alone the event rests on, {@link Codes#NONE} when none. */
    final int[] sourceSide;
    /** Row numbers by fatalities, most first and unknown last, ties in date order. */
    final int[] byFatalities;

    final Codes months = new Codes();
    final Codes types = new Codes();
    final Codes subTypes = new Codes();
    final Codes actors = new Codes();
    final Codes countries = new Codes();
    final Codes admin1s = new Codes();
    final Codes admin1sLc = new Codes();
    final Codes documents = new Codes();
    final Codes sourceSides = new Codes();

    private EventIndex(List<FilterRow> rows) {
        size = rows.size();
        ids = new String[size];
        startDay = new int[size];
        endDay = new int[size];
        month = new int[size];
        type = new int[size];
        subType = new int[size];
        actor1 = new int[size];
        actorsLc = new String[size];
        countryLc = new int[size];
        admin1 = new int[size];
        admin1Lc = new int[size];
        locationName = new String[size];
        lat = new double[size];
        lon = new double[size];
        fatalities = new int[size];
        fatalitiesKnown = new boolean[size];
        contested = new boolean[size];
        crossBorder = new boolean[size];
        document = new int[size];
        searchText = new String[size];
        sourceSide = new int[size];
        for (int i = 0; i < size; i++) {
            FilterRow r = rows.get(i);
            ids[i] = r.id();
            startDay[i] = (int) r.dateStart().toEpochDay();
            endDay[i] = (int) r.dateEnd().toEpochDay();
            month[i] = months.encode(r.dateStart().toString().substring(0, 7));
            type[i] = types.encode(r.eventType());
            subType[i] = subTypes.encode(r.subEventType());
            actor1[i] = actors.encode(r.actor1());
            actorsLc[i] = r.actorsLc() == null ? "" : r.actorsLc();
            countryLc[i] = countries.encode(lower(r.country()));
            admin1[i] = admin1s.encode(r.admin1());
            admin1Lc[i] = admin1sLc.encode(lower(r.admin1()));
            locationName[i] = r.locationName();
            // lat and lon are set together; NaN (never inside a box) stands for none
            boolean mapped = r.lat() != null && r.lon() != null;
            lat[i] = mapped ? r.lat() : Double.NaN;
            lon[i] = mapped ? r.lon() : Double.NaN;
            fatalitiesKnown[i] = r.fatalitiesLow() != null;
            fatalities[i] = fatalitiesKnown[i] ? r.fatalitiesLow() : 0;
            contested[i] = r.contested();
            crossBorder[i] = r.crossBorder();
            document[i] = documents.encode(r.documentId());
            searchText[i] = r.searchText();
            sourceSide[i] = sourceSides.encode(r.sourceSide());
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // a stable sort keeps the date order among equal fatalities
        Arrays.sort(order, Comparator.comparingLong(i -> fatalitiesKnown[i] ? -(long) fatalities[i] : Long.MAX_VALUE));
        byFatalities = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    static EventIndex of(Iterator<FilterRow> rows) {
        List<FilterRow> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return new EventIndex(all);
    }

    boolean mapped(int row) {
        return !Double.isNaN(lat[row]);
    }

    LocalDate startDate(int row) {
        return LocalDate.ofEpochDay(startDay[row]);
    }

    /** The rows of a query's sort, each tested by its filter: {@code visitor} returns false to stop. */
    void forEachMatch(EventQuery q, IntPredicate visitor) {
        forEachMatch(q, matching(q), visitor);
    }

    /**
     * The rows of a query's sort among {@code matching} (the rows its filter without the box selects, see
     * {@link #matching}), each tested by the box: {@code visitor} returns false to stop.
     */
    void forEachMatch(EventQuery q, BitSet matching, IntPredicate visitor) {
        IntPredicate box = box(q.bbox());
        switch (q.sort()) {
            case DATE_ASC -> {
                for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
                    if (box.test(i) && !visitor.test(i)) {
                        return;
                    }
                }
            }
            case DATE_DESC -> {
                for (int i = matching.previousSetBit(size - 1); i >= 0; i = matching.previousSetBit(i - 1)) {
                    if (box.test(i) && !visitor.test(i)) {
                        return;
                    }
                }
            }
            case FATALITIES_DESC -> {
                for (int i : byFatalities) {
                    if (matching.get(i) && box.test(i) && !visitor.test(i)) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * The rows the query's filter selects, its box aside: what the pages, sorts, statistics and map views
     * of one filter share, so it is worth keeping while the user pans, pages and sorts.
     */
    BitSet matching(EventQuery q) {
        IntPredicate filter = filter(q.withBox(null));
        BitSet rows = new BitSet(size);
        for (int i = 0; i < size; i++) {
            if (filter.test(i)) {
                rows.set(i);
            }
        }
        return rows;
    }

    /** The test of a map box; every row passes when there is none. */
    private IntPredicate box(double[] bbox) {
        if (bbox == null) {
            return i -> true;
        }
        double west = bbox[0];
        double south = bbox[1];
        double east = bbox[2];
        double north = bbox[3];
        return west <= east
                ? i -> lat[i] >= south && lat[i] <= north && lon[i] >= west && lon[i] <= east
                : i -> lat[i] >= south && lat[i] <= north && (lon[i] >= west || lon[i] <= east); // across the antimeridian
    }

    /** The query's filters as one test of a row; each absent filter is left out. */
    IntPredicate filter(EventQuery q) {
        List<IntPredicate> tests = new ArrayList<>();
        if (q.from() != null) {
            int from = (int) q.from().toEpochDay();
            tests.add(i -> endDay[i] >= from);
        }
        if (q.to() != null) {
            int to = (int) q.to().toEpochDay();
            tests.add(i -> startDay[i] <= to);
        }
        if (present(q.type())) {
            tests.add(hasCode(type, types.find(EventType.fromLabel(q.type()).label())));
        }
        if (present(q.subType())) {
            tests.add(hasCode(subType, subTypes.find(SubEventType.fromLabel(q.subType()).label())));
        }
        if (present(q.actor())) {
            String actor = lower(q.actor().trim());
            tests.add(i -> actorsLc[i].contains(actor));
        }
        if (present(q.country())) {
            tests.add(hasCode(countryLc, countries.find(lower(q.country()))));
        }
        if (present(q.admin1())) {
            tests.add(hasCode(admin1Lc, admin1sLc.find(lower(q.admin1()))));
        }
        if (q.bbox() != null) {
            tests.add(box(q.bbox()));
        }
        if (present(q.text())) {
            String[] words = lower(q.text()).trim().split("\\s+");
            tests.add(i -> containsAll(searchText[i], words));
        }
        if (present(q.documentId())) {
            tests.add(hasCode(document, documents.find(q.documentId())));
        }
        if (q.contested() != null) {
            boolean wanted = q.contested();
            tests.add(i -> contested[i] == wanted);
        }
        if (q.crossBorder() != null) {
            boolean wanted = q.crossBorder();
            tests.add(i -> crossBorder[i] == wanted);
        }
        if (q.oneSided() != null) {
            boolean wanted = q.oneSided();
            tests.add(i -> (sourceSide[i] != Codes.NONE) == wanted);
        }
        IntPredicate[] all = tests.toArray(IntPredicate[]::new);
        return switch (all.length) {
            case 0 -> i -> true;
            case 1 -> all[0];
            default -> i -> {
                for (IntPredicate t : all) {
                    if (!t.test(i)) {
                        return false;
                    }
                }
                return true;
            };
        };
    }

    /** Rows whose column holds the code; none for a value no row has (rows without a value never match, as in SQL). */
    private static IntPredicate hasCode(int[] column, int code) {
        return code == Codes.NONE ? i -> false : i -> column[i] == code;
    }

    private static boolean containsAll(String text, String[] words) {
        if (text == null) {
            return false;
        }
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
