package org.borderwatch.extract.explain;

import java.util.List;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.frame.EventFrame;
import org.borderwatch.extract.trigger.TriggerCandidate;

/**
 * What extraction did with one sentence: each lexicon hit and the rule that kept or dropped it, the rule that
 * dropped the whole sentence (or null), the frames it gave with their decisions, and the events that came out.
 *
 * @param number the sentence's position in the document, from 1
 */
public record SentenceTrace(int number, String text, List<TriggerCandidate> triggers, Decision dropped,
                            List<EventFrame> frames, List<Event> events) {
    public SentenceTrace {
        triggers = List.copyOf(triggers);
        frames = List.copyOf(frames);
        events = List.copyOf(events);
    }

    /** Whether anything happened here worth showing: a trigger, a frame or an event. */
    public boolean eventful() {
        return !triggers.isEmpty() || !frames.isEmpty() || !events.isEmpty();
    }
}
