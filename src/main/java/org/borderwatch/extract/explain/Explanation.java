package org.borderwatch.extract.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.frame.EventFrame;
import org.borderwatch.extract.frame.FrameStage;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.place.PlacementStage;
import org.borderwatch.extract.trigger.TriggerStage;

/**
 * The trace of one document's extraction, sentence by sentence, read from a finished {@link Annotation}: which
 * rule kept or dropped each trigger, typed, dated, split, merged and placed each candidate, and which events
 * came out. It is what {@code borderwatch explain} prints, so an analyst can audit a coding and a developer
 * can see why a report was missed.
 */
public final class Explanation {
    private final List<SentenceTrace> sentences;

    private Explanation(List<SentenceTrace> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    public static Explanation of(Annotation a) {
        String text = a.text();
        Map<Integer, Decision> dropped = a.get(FrameStage.DROPPED);
        List<EventFrame> frames = a.get(FrameStage.FRAMES);
        List<Event> events = a.get(PlacementStage.PLACED);
        List<SentenceTrace> out = new ArrayList<>();
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            List<EventFrame> own = frames.stream().filter(f -> f.sentence() == s.index()).toList();
            List<Event> made = events.stream().filter(e -> !e.evidence().isEmpty() && e.evidence().get(0).clean() != null
                    && s.span().start() <= e.evidence().get(0).clean().start()
                    && e.evidence().get(0).clean().start() < s.span().end()).toList();
            out.add(new SentenceTrace(s.index() + 1, text.substring(s.span().start(), s.span().end()),
                    a.get(TriggerStage.CANDIDATES).get(s.index()), dropped.get(s.index()), own, made));
        }
        return new Explanation(out);
    }

    public List<SentenceTrace> sentences() {
        return sentences;
    }

    /** The trace as text: every sentence that had a trigger, or only sentence {@code only} (from 1) when above 0. */
    public String render(int only) {
        StringBuilder b = new StringBuilder();
        for (SentenceTrace s : sentences) {
            if (only > 0 ? s.number() != only : !s.eventful()) {
                continue;
            }
            b.append('[').append(s.number()).append("] ").append(s.text().replace('\n', ' ')).append('\n');
            s.triggers().forEach(t -> b.append("    trigger  ").append(t.decision().describe()).append('\n'));
            if (s.dropped() != null) {
                b.append("    sentence ").append(s.dropped().describe()).append('\n');
            }
            for (EventFrame f : s.frames()) {
                b.append("    frame    ").append(f.type().type().label()).append('/').append(f.type().label())
                        .append(" on ").append(f.date().start()).append(f.places().isEmpty() ? "" : " at " + f.places())
                        .append('\n');
                f.decisions().forEach(d -> b.append("             ").append(d.describe()).append('\n'));
            }
            for (Event e : s.events()) {
                b.append("    EVENT    ").append(e.id()).append(' ').append(e.date().start()).append(' ')
                        .append(e.subEventType().type().label()).append('/').append(e.subEventType().label())
                        .append(" | ").append(nullToEmpty(e.actor1())).append(" v ").append(nullToEmpty(e.actor2()))
                        .append(" | ").append(where(e.locations()))
                        .append(e.fatalities().low() == null ? "" : " | deaths " + e.fatalities().low()).append('\n');
                e.coding().stream().filter(d -> d.stage().equals("places") || d.stage().equals("reports"))
                        .forEach(d -> b.append("             ").append(d.describe()).append('\n'));
            }
        }
        return b.toString();
    }

    private static String where(List<Location> locations) {
        List<String> parts = new ArrayList<>();
        for (Location l : locations) {
            List<String> bits = new ArrayList<>();
            for (String v : new String[] {l.name(), l.admin1(), l.country()}) {
                if (v != null) {
                    bits.add(v);
                }
            }
            parts.add(String.join(", ", bits));
        }
        return parts.isEmpty() ? "(no place)" : String.join("; ", parts);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "-" : s;
    }
}
