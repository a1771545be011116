package org.borderwatch.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Remembers the answers for the last few filters, because the page asks the same ones again and again
 * (the timeline's counts do not change while a period is brushed; panning the map keeps the filter).
 * Everything is forgotten when the store's version changes (its event count), when told of a write,
 * and after five minutes at most, since re-extraction by another process (a shared PostgreSQL store)
 * can change events without changing their count.
 */
final class FilterCache<V> {
    private static final long MAX_AGE_NANOS = 300_000_000_000L;

    private record Entry<V>(V value, long loadedAt) {
    }

    private final LongSupplier storeVersion;
    private final Map<String, Entry<V>> entries;
    private long version = Long.MIN_VALUE;

    FilterCache(int capacity, LongSupplier storeVersion) {
        this.storeVersion = storeVersion;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(String filterKey, Supplier<V> loader) {
        long current = storeVersion.getAsLong();
        synchronized (entries) {
            if (current != version) {
                entries.clear();
                version = current;
            }
            Entry<V> known = entries.get(filterKey);
            if (known != null && System.nanoTime() - known.loadedAt() < MAX_AGE_NANOS) {
                return known.value();
            }
        }
        // Loaded outside the lock so one slow filter does not hold up the others.
        V loaded = loader.get();
        synchronized (entries) {
            entries.put(filterKey, new Entry<>(loaded, System.nanoTime()));
        }
        return loaded;
    }

    void invalidate() {
        synchronized (entries) {
            entries.clear();
            version = Long.MIN_VALUE;
        }
    }

    /** The parameters in a fixed order, leaving out the given ones (those that only change the view). */
    static String key(Map<String, List<String>> params, String... ignored) {
        Map<String, List<String>> sorted = new TreeMap<>(params);
        sorted.remove(""); // a stray '&'
        for (String name : ignored) {
            sorted.remove(name);
        }
        return sorted.toString();
    }
}
