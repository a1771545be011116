package org.borderwatch.extract.frame;

import java.util.List;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.mention.CasualtyCount;
import org.borderwatch.extract.pipeline.NamedRule;
import org.borderwatch.extract.trigger.Trigger;

/**
 * One event as a sentence states it, before it becomes a domain event: who did what to whom, where,
 * when and with what human cost, and the span (a sentence, or a clause of it) that states it.
 * {@code spansCountries} says the text places the act in every country of {@code cueCountries} at once
 * ("both within X and Y"); otherwise the first cue country is where it happened. {@code decisions} are the
 * named rules that typed, dated and split it, in the order they were applied.
 */
public record EventFrame(
        int sentence,
        org.borderwatch.domain.Span span,
        SubEventType type,
        DateSpan date,
        String actor1,
        String actor2,
        List<String> places,
        List<String> cueCountries,
        boolean spansCountries,
        CasualtyCount casualties,
        List<Measure> measures,
        List<Trigger> triggers,
        List<Decision> decisions) {
    public EventFrame {
        decisions = List.copyOf(decisions);
        places = List.copyOf(places);
        cueCountries = List.copyOf(cueCountries);
        measures = List.copyOf(measures);
        triggers = List.copyOf(triggers);
    }

    /**
     * Whether its date is only the story's day or the day something was said about it, not a day the text gives
     * for the act itself: such a frame may restate an act told with a day close to it.
     */
    public boolean weaklyDated() {
        return decidedBy(Decision.Verdict.DATE, FrameRule.STORY_DAY) || decidedBy(Decision.Verdict.DATE, FrameRule.STATEMENT_DAY)
                || decidedBy(Decision.Verdict.DATE, FrameRule.NEWS_WINDOW);
    }

    /** Whether it is an event the text names with a date of its own ("the 2020 ceasefire"), not one it reports. */
    public boolean reference() {
        return decidedBy(Decision.Verdict.DATE, FrameRule.DATED_REFERENCE);
    }

    /** Whether {@code rule} made a decision of this kind about the frame ("dated by the story's day"). */
    public boolean decidedBy(Decision.Verdict verdict, NamedRule rule) {
        return decisions.stream().anyMatch(d -> d.verdict() == verdict && d.rule().equals(rule.ruleName()));
    }

    /** The same frame at other places. */
    public EventFrame withPlaces(List<String> newPlaces) {
        return new EventFrame(sentence, span, type, date, actor1, actor2, newPlaces, cueCountries, spansCountries,
                casualties, measures, triggers, decisions);
    }

    /** The same frame with one more decision recorded about it. */
    public EventFrame with(Decision decision) {
        List<Decision> more = new java.util.ArrayList<>(decisions);
        more.add(decision);
        return new EventFrame(sentence, span, type, date, actor1, actor2, places, cueCountries, spansCountries,
                casualties, measures, triggers, more);
    }

    /** The same frame counting no one hurt: an act told beside the violence that did the harm. */
    public EventFrame withoutCasualties() {
        return new EventFrame(sentence, span, type, date, actor1, actor2, places, cueCountries, spansCountries,
                org.borderwatch.extract.mention.CasualtyCount.NONE, measures, triggers, decisions);
    }

    /** The same frame with other actors. */
    public EventFrame withActors(String newActor1, String newActor2) {
        return new EventFrame(sentence, span, type, date, newActor1, newActor2, places, cueCountries,
                spansCountries, casualties, measures, triggers, decisions);
    }
}
