package org.borderwatch.domain;

import java.util.Map;

/**
 * Deaths an event report states. ACLED codes the lowest credible figure ({@link #low()}); BorderWatch
 * also keeps the best and highest figures and, where the text splits them, deaths by side (keyed by
 * the side's canonical actor or country). All null means the text says nothing about deaths.
 */
public record Fatalities(Integer low, Integer best, Integer high, Map<String, Integer> bySide) {
    public static final Fatalities UNKNOWN = new Fatalities(null, null, null, Map.of());

    public Fatalities {
        bySide = Map.copyOf(bySide);
    }

    public static Fatalities exactly(int n) {
        return new Fatalities(n, n, n, Map.of());
    }

    public boolean known() {
        return low != null;
    }
}
