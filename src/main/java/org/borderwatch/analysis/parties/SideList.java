package org.borderwatch.analysis.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.analysis.text.PhraseList;

/**
 * A configured list of which side each publisher, or each claimant, speaks for: a party's own bodies, its state
 * media and the outlets the list's author holds to speak for it. An entry is found by words its name or web
 * address contains ("news.am", "Ministry of Defence of Azerbaijan").
 */
public final class SideList {
    /** One side's entries: {@code kind} says what they are (official, state media, aligned media), for people reading the register. */
    public record Entry(String side, String kind, List<String> match) {
        public Entry {
            match = match == null ? List.of() : List.copyOf(match);
        }
    }

    private record Compiled(Entry entry, PhraseList phrases) {
    }

    private final List<Compiled> entries = new ArrayList<>();

    public SideList(List<Entry> entries) {
        for (Entry e : entries) {
            this.entries.add(new Compiled(e, PhraseList.of(e.side() + " " + e.kind(), e.match())));
        }
    }

    public static SideList empty() {
        return new SideList(List.of());
    }

    /** The first entry any of the texts matches (null texts are skipped). */
    public Optional<Entry> find(String... texts) {
        for (Compiled c : entries) {
            for (String t : texts) {
                if (t != null && c.phrases().foundIn(t)) {
                    return Optional.of(c.entry());
                }
            }
        }
        return Optional.empty();
    }

    public int size() {
        return entries.size();
    }
}
