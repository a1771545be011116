package org.borderwatch.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.frame.FrameRule;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.pipeline.NamedRule;
import org.borderwatch.extract.config.WordLists;

/**
 * Places carried between neighbouring sentences: a report naming no place continues the place of the report
 * right before it in its paragraph, and a placeless lead opening its paragraph takes the place its next
 * sentence names.
 */
final class PlaceCarry {
    private static final WordLists WORDS = WordLists.english();

    /** Roles whose acts (calls, meetings) happen where they sit, not where the sentence before was. */
    private static final Set<String> DIPLOMATS = WORDS.words("diplomats");

    /** Verbs after which an opening "There" only says that something is ("There were clashes"), not where. */
    private static final Set<String> EXISTENTIAL_VERBS = WORDS.words("existential-there-verbs");

    private PlaceCarry() {
    }

    /** Whether the sentence opens with a "There" that points at a place ("There they agreed"), not one that says "there is". */
    private static boolean thereOpens(Sentence s) {
        return s.tokens().size() > 1 && s.tokens().get(0).key().equals("there")
                && !EXISTENTIAL_VERBS.contains(s.tokens().get(1).key());
    }

    /**
     * A report that names no place ("Azerbaijani forces withdrew from the village", "Later that day they agreed
     * to pull back") and has no territorial cue continues the sentence right before it in its paragraph: when that
     * sentence's event was placed, this one happened at the same places, unless it is dated more than a month away.
     * Events keep their order; only named places are carried.
     */
    static List<Event> carry(List<Event> events, List<Sentence> sentences, List<SentenceMentions> mentions) {
        java.util.Map<Integer, Event> bySentence = new java.util.HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (Event e : events) {
            order.add(sentenceOf(e, sentences));
        }
        List<Integer> byPosition = new ArrayList<>(java.util.stream.IntStream.range(0, events.size()).boxed().toList());
        byPosition.sort(Comparator.comparingInt(order::get));
        List<Event> out = new ArrayList<>(events);
        for (int i : byPosition) {
            Event e = out.get(i);
            int s = order.get(i);
            Event before = s > 0 ? bySentence.get(s - 1) : null;
            boolean placeless = s >= 0 && mentions.get(s).cueCountries().isEmpty() // "supplies to Armenia" places it
                    && e.locations().stream().allMatch(l -> l.name() == null && l.admin1() == null)
                    && (mentions.get(s).actors().stream().noneMatch(a -> a.role() != null && DIPLOMATS.contains(a.role()))
                        || thereOpens(sentences.get(s))); // "There the two leaders agreed ...": where the last sentence was
            if (placeless && before != null && !monthsApart(e, before) && notElsewhere(e, before)
                    && sentences.get(s - 1).paragraph() == sentences.get(s).paragraph()) {
                List<Location> named = before.locations().stream().filter(l -> l.name() != null).toList();
                if (!named.isEmpty()) {
                    e = e.withLocations(named, before.border()).withDecision(PlaceRule.CARRIED_PLACE
                            .decide(Decision.Verdict.PLACE, PlacementStage.describe(named)));
                    out.set(i, e);
                }
            }
            if (s >= 0) {
                bySentence.merge(s, e, (old, add) -> old.locations().isEmpty() ? add : old);
            }
        }
        // a placeless lead ("Clashes broke out again in late July") opening its paragraph is told in detail next
        for (int i : byPosition) {
            Event e = out.get(i);
            int s = order.get(i);
            boolean lead = s >= 0 && s + 1 < sentences.size() && (s == 0 || sentences.get(s - 1).paragraph() != sentences.get(s).paragraph())
                    && sentences.get(s + 1).paragraph() == sentences.get(s).paragraph();
            Event next = lead ? bySentence.get(s + 1) : null;
            if (next != null && next.subEventType() == e.subEventType() && mentions.get(s).cueCountries().isEmpty()
                    && e.locations().stream().allMatch(l -> l.name() == null && l.admin1() == null && l.country() == null)) {
                List<Location> named = next.locations().stream().filter(l -> l.name() != null).toList();
                if (!named.isEmpty()) {
                    out.set(i, e.withLocations(named, next.border())
                            .withDecision(PlaceRule.LEAD_PLACE.decide(Decision.Verdict.PLACE, PlacementStage.describe(named))));
                }
            }
        }
        return out;
    }

    /**
     * Whether the act may have happened where the act told right before it did: not a battle told after the venue of
     * talks or an accord (it did not happen at the talks), nor an accord told after a fight (not signed on the
     * battlefield: the rulebook leaves an accord's place empty unless its signing place is given), nor a request
     * or a call, which is made from home.
     */
    private static boolean notElsewhere(Event e, Event before) {
        boolean talksBefore = before.subEventType() == SubEventType.OTHER || before.subEventType() == SubEventType.AGREEMENT;
        boolean fightBefore = before.subEventType().type().violent();
        return !(talksBefore && e.subEventType().type().violent() || fightBefore && e.subEventType() == SubEventType.AGREEMENT
                || placedAtHome(e));
    }

    /**
     * A request, a call or a session the frames placed at its first party's home (the trace names the frame rule
     * from-home): held there, whatever the sentence before told.
     */
    private static boolean placedAtHome(Event e) {
        String rule = NamedRule.kebab(FrameRule.FROM_HOME);
        return e.coding().stream().anyMatch(d -> d.rule().equals(rule));
    }

    /** Days between two acts beyond which the later sentence tells another time, not the same scene. */
    private static final int SAME_SCENE_DAYS = 31;

    /**
     * Whether the two events lie more than a month apart: "the village" of a withdrawal three days after the
     * advance is still the same village, but an accord signed a year before a meeting was not signed at its venue.
     */
    private static boolean monthsApart(Event e, Event before) {
        if (e.date() == null || before.date() == null) {
            return false;
        }
        return Math.abs(e.date().start().toEpochDay() - before.date().start().toEpochDay()) > SAME_SCENE_DAYS;
    }

    /** The sentence that states an event first, or -1. */
    static int sentenceOf(Event e, List<Sentence> sentences) {
        if (e.evidence().isEmpty() || e.evidence().get(0).clean() == null) {
            return -1;
        }
        int at = e.evidence().get(0).clean().start();
        for (Sentence s : sentences) {
            if (s.span().start() <= at && at < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }
}
