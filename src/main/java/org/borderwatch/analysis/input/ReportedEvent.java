package org.borderwatch.analysis.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.SubEventType;

/**
 * One real event as the registers read it: a merged event with every document's report of it, and the facts the
 * registers take from those reports together (its date as precisely as any report gives it, its words, its deaths).
 */
public record ReportedEvent(MergedEvent merged) {
    /** The id registers cite: that of the report standing for the event, which the API's /api/events/{id} opens. */
    public String id() {
        return representative().id();
    }

    public Event representative() {
        return merged.representative();
    }

    public List<Event> reports() {
        return merged.reports();
    }

    public SubEventType subEventType() {
        return representative().subEventType();
    }

    /** The most precise date a report gives (the narrowest span, then the earliest). */
    public DateSpan date() {
        return reports().stream().map(Event::date)
                .min(Comparator.comparingLong((DateSpan d) -> d.lastDay().toEpochDay() - d.start().toEpochDay())
                        .thenComparing(DateSpan::start))
                .orElseThrow();
    }

    /** Every report's evidence, each sentence once, in report order. */
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Event r : reports()) {
            for (Evidence e : r.evidence()) {
                if (e.text() != null && seen.add(e.documentId() + "\u0000" + e.text())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The words of every report's evidence, one sentence a line: what the registers' text rules read. */
    public String text() {
        Set<String> lines = new LinkedHashSet<>();
        for (Evidence e : evidence()) {
            lines.add(e.text());
        }
        if (lines.isEmpty() && representative().notes() != null) {
            lines.add(representative().notes());
        }
        return String.join("\n", lines);
    }

    /** Actor 1, actor 2 and the associated actors of every report, each once. */
    public List<String> actors() {
        Set<String> out = new LinkedHashSet<>();
        for (Event r : reports()) {
            addIfPresent(out, r.actor1());
            addIfPresent(out, r.actor2());
            r.assocActors1().forEach(a -> addIfPresent(out, a));
            r.assocActors2().forEach(a -> addIfPresent(out, a));
        }
        return List.copyOf(out);
    }

    /** Deaths as the reports give them: the lowest low and the highest high; null where no report states any. */
    public Integer deathsLow() {
        return reports().stream().map(r -> r.fatalities().low()).filter(n -> n != null).min(Integer::compare).orElse(null);
    }

    public Integer deathsHigh() {
        return reports().stream().map(r -> r.fatalities().high() != null ? r.fatalities().high() : r.fatalities().low())
                .filter(n -> n != null).max(Integer::compare).orElse(null);
    }

    /** Every place name the reports give. */
    public List<String> placeNames() {
        Set<String> out = new LinkedHashSet<>();
        for (Event r : reports()) {
            for (Location l : r.locations()) {
                addIfPresent(out, l.name());
            }
        }
        return List.copyOf(out);
    }

    /** Whether any report says where the event happened (a named place, or the country whose territory it is in). */
    public boolean placeKnown() {
        for (Event r : reports()) {
            if (r.border() != null && r.border().recognisedCountry() != null) {
                return true;
            }
            for (Location l : r.locations()) {
                if (l.name() != null || l.country() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The country whose recognised territory the event is in, by the first report that says. */
    public String recognisedCountry() {
        for (Event r : reports()) {
            if (r.border() != null && r.border().recognisedCountry() != null) {
                return r.border().recognisedCountry();
            }
            for (Location l : r.locations()) {
                if (l.country() != null) {
                    return l.country();
                }
            }
        }
        return null;
    }

    private static void addIfPresent(Set<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }
}
