package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerClass;

/**
 * A strike or a fight that cuts a place's gas, power or water ("Electricity to X was cut after shelling damaged a
 * line") is two events: the violence, and the cut supply, which is coded as the blockades' cut-offs are (Strategic
 * developments / Other). The cut is one of the sentence's measure triggers that names a supply, in a sentence that
 * says the supply stopped; a supply only named ("repairs to the gas pipeline") is no cut.
 */
final class SupplyCut {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> SUPPLY_WORDS = WORDS.words("supply-words");
    private static final Set<String> CUT_WORDS = WORDS.words("supply-cut-words");
    private static final Set<String> ABSENT_WORDS = WORDS.words("supply-absent-words");

    private SupplyCut() {
    }

    /** The sentence's triggers that tell a supply cut off, or none when it tells no cut. */
    static List<Trigger> cutTriggers(List<Token> tokens, List<Trigger> triggers) {
        boolean cutTold = tokens.stream().anyMatch(t -> CUT_WORDS.contains(t.key()));
        return triggers.stream().filter(t -> t.triggerClass() == TriggerClass.MEASURE
                && tokens.subList(t.from(), t.to()).stream().anyMatch(w -> SUPPLY_WORDS.contains(w.key()))
                && (cutTold || tokens.subList(t.from(), t.to()).stream().anyMatch(w -> ABSENT_WORDS.contains(w.key())))).toList();
    }
}
