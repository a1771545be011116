package org.borderwatch.store.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct values of one column (0, 1, ...), so rows hold an int and compare by it; null is -1. */
final class Codes {
    static final int NONE = -1;

    private final Map<String, Integer> byValue = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int encode(String value) {
        if (value == null) {
            return NONE;
        }
        return byValue.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    /** The code of a value, or {@link #NONE} when no row has it. */
    int find(String value) {
        Integer code = value == null ? null : byValue.get(value);
        return code == null ? NONE : code;
    }

    String value(int code) {
        return values.get(code);
    }

    int size() {
        return values.size();
    }
}
