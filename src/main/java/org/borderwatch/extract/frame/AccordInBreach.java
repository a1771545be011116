package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerClass;

/**
 * A breach told together with the accord it broke: "a truce agreed yesterday was broken overnight", or a chronology's
 * "ministers agree a ceasefire; violated overnight". The breach's trigger holds the accord's noun, and the accord is
 * told as reached there (a verb of agreeing right after the noun, or, in a chronology's clipped line, just before it),
 * so the accord is an act of its own beside the fight. An accord only named ("the 2020 truce was violated") is none.
 */
final class AccordInBreach {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> ACCORD_NOUNS = WORDS.words("war-accord-nouns");
    private static final Set<String> REACHED = WORDS.words("accord-reached-verbs");
    /** How far before the accord's noun its verb may stand: "agree a ceasefire", "agreed on a truce". */
    private static final int VERB_BEFORE = 3;

    private AccordInBreach() {
    }

    /** The accord the sentence's one breach trigger tells as reached, as an agreement trigger; empty if there is none. */
    static Optional<Trigger> accord(List<Token> tokens, List<Trigger> triggers) {
        if (triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.AGREEMENT)) {
            return Optional.empty(); // the accord has a trigger of its own, and a frame of its own if it is an act
        }
        for (Trigger t : triggers) {
            if (t.triggerClass() != TriggerClass.CLASH || !ACCORD_NOUNS.contains(tokens.get(t.from()).key())) {
                continue;
            }
            int noun = t.from();
            if (noun + 1 < t.to() && REACHED.contains(tokens.get(noun + 1).key())) {
                return Optional.of(Trigger.over(TriggerClass.AGREEMENT, tokens, noun, noun + 2));
            }
            if (noun + 1 >= t.to() || !tokens.get(noun + 1).key().equals(";")) {
                continue; // "announced the ceasefire was violated", "agreed the truce was broken": a report of the breach
            }
            for (int i = Math.max(0, noun - VERB_BEFORE); i < noun; i++) {
                if (REACHED.contains(tokens.get(i).key())) {
                    return Optional.of(Trigger.over(TriggerClass.AGREEMENT, tokens, i, noun + 1));
                }
            }
        }
        return Optional.empty();
    }
}
