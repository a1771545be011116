package org.borderwatch.store.memory;

import java.util.function.BiConsumer;

/**
 * Sums per map cell, keyed by a packed long (cell and event type), in open-addressed primitive arrays: a
 * map view adds up tens of thousands of events into a few hundred cells on every pan, and a HashMap of
 * boxed keys spent most of that time boxing and hashing.
 */
final class CellSums {
    /** Count, sum of latitudes, sum of longitudes, sum of deaths: four numbers a cell. */
    static final int FIELDS = 4;

    private long[] keys = new long[256];
    private boolean[] used = new boolean[256];
    private double[] sums = new double[256 * FIELDS];
    private int size;

    /** Adds one event at ({@code lat}, {@code lon}) with {@code deaths} to the cell {@code key}. */
    void add(long key, double lat, double lon, int deaths) {
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        int at = slot * FIELDS;
        sums[at]++;
        sums[at + 1] += lat;
        sums[at + 2] += lon;
        sums[at + 3] += deaths;
    }

    /** Each cell's key and its four sums (the array is reused: read it before the next call). */
    void forEach(BiConsumer<Long, double[]> cell) {
        double[] four = new double[FIELDS];
        for (int slot = 0; slot < keys.length; slot++) {
            if (used[slot]) {
                System.arraycopy(sums, slot * FIELDS, four, 0, FIELDS);
                cell.accept(keys[slot], four);
            }
        }
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the free one where it goes (linear probing). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        double[] oldSums = sums;
        keys = new long[oldKeys.length * 2];
        used = new boolean[keys.length];
        sums = new double[keys.length * FIELDS];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                System.arraycopy(oldSums, i * FIELDS, sums, slot * FIELDS, FIELDS);
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
