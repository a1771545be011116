package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.domain.Span;

/**
 * Places either spotter finds: a gazetteer of the conflict's countries does not know the foreign cities
 * where talks are held, the conflict's own list does. Overlaps keep the longer name.
 */
public final class CombinedPlaceSpotter implements PlaceNameSpotter {
    private final PlaceNameSpotter first;
    private final PlaceNameSpotter second;

    public CombinedPlaceSpotter(PlaceNameSpotter first, PlaceNameSpotter second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<Span> spot(String text) {
        List<Span> all = new ArrayList<>(first.spot(text));
        all.addAll(second.spot(text));
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::length).reversed()));
        List<Span> out = new ArrayList<>();
        for (Span s : all) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || !last.overlaps(s)) {
                out.add(s);
            } else if (s.length() > last.length()) {
                out.set(out.size() - 1, s);
            }
        }
        return out;
    }
}
