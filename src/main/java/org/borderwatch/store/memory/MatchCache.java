package org.borderwatch.store.memory;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.borderwatch.store.EventQuery;

/**
 * The rows of one index copy that each recent filter selects (its box aside), so that the requests of one
 * filter (its pages in every sort, its statistics, each pan of the map) test the filter once rather than
 * each: a text filter reads every event's words, which costs more than the rest of a request. Kept for the
 * last {@value #CAPACITY} filters; goes with the index copy it belongs to.
 */
final class MatchCache {
    static final int CAPACITY = 64;

    /**
     * A query's filter without its box, sort and page: what the rows it selects depend on. It is the query itself
     * with those set to fixed values, so a filter added to {@link EventQuery} later is part of the key without
     * anyone remembering to add it here (the box is an array, which a record compares by identity).
     */
    private record Key(EventQuery filter) {
        static Key of(EventQuery q) {
            return new Key(new EventQuery(q.from(), q.to(), q.type(), q.subType(), q.actor(), q.country(), q.admin1(),
                    null, q.text(), q.documentId(), q.contested(), q.crossBorder(), q.oneSided(),
                    EventQuery.Sort.DATE_ASC, 1, 1));
        }
    }

    private final EventIndex index;
    private final Map<Key, BitSet> rows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BitSet> eldest) {
            return size() > CAPACITY;
        }
    };

    MatchCache(EventIndex index) {
        this.index = index;
    }

    /** Walks the query's matching rows in its sort (see {@link EventIndex#forEachMatch(EventQuery, BitSet, IntPredicate)}). */
    void forEachMatch(EventQuery q, IntPredicate visitor) {
        index.forEachMatch(q, matching(q), visitor);
    }

    private BitSet matching(EventQuery q) {
        Key key = Key.of(q);
        synchronized (rows) {
            BitSet known = rows.get(key);
            if (known != null) {
                return known;
            }
        }
        BitSet computed = index.matching(q); // outside the lock: one slow filter does not hold up the others
        synchronized (rows) {
            rows.put(key, computed);
        }
        return computed;
    }
}
