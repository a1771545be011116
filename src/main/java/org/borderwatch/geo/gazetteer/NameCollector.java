package org.borderwatch.geo.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerEntry.NameKind;

/** Gathers a place's names in order of importance, each text once (the first, most important kind wins). */
final class NameCollector {
    private final List<GazetteerEntry.Name> names = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    void add(String text, String lang, NameKind kind) {
        if (text == null) {
            return;
        }
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("null") || !seen.add(t)) {
            return;
        }
        names.add(new GazetteerEntry.Name(t, lang, kind));
    }

    List<GazetteerEntry.Name> names() {
        return List.copyOf(names);
    }
}
