package org.borderwatch.geo.resolve;

import java.util.List;
import org.borderwatch.domain.GeoPrecision;

/**
 * What a mention resolved to. {@code best} is null when no place has the name, or when the evidence
 * cannot choose between candidates in different places ({@code ambiguous}); the candidates stay
 * available so nothing is guessed silently.
 */
public record Resolution(String mention, Candidate best, List<Candidate> candidates, boolean ambiguous,
                         GeoPrecision precision) {
    public Resolution {
        candidates = List.copyOf(candidates);
    }

    public boolean resolved() {
        return best != null;
    }
}
