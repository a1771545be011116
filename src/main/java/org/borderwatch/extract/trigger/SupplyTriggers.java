package org.borderwatch.extract.trigger;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * Measure triggers that name a supply people live on (gas, electricity, water): the trigger stage keeps the violence
 * that left people without one, and the frame stage makes a cut supply an event of its own.
 */
public final class SupplyTriggers {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> SUPPLY_WORDS = WORDS.words("supply-words");
    private static final Set<String> ABSENT_WORDS = WORDS.words("supply-absent-words");

    private SupplyTriggers() {
    }

    /** A measure trigger naming a supply: "gas supply", "power line", "are without electricity". */
    public static boolean namesASupply(List<Token> tokens, Trigger t) {
        return t.triggerClass() == TriggerClass.MEASURE && anyOf(tokens, t, SUPPLY_WORDS);
    }

    /** One that tells people left without it: "are without electricity", "has had no electricity". */
    public static boolean tellsItMissing(List<Token> tokens, Trigger t) {
        return namesASupply(tokens, t) && anyOf(tokens, t, ABSENT_WORDS);
    }

    private static boolean anyOf(List<Token> tokens, Trigger t, Set<String> words) {
        return tokens.subList(t.from(), t.to()).stream().anyMatch(w -> words.contains(w.key()));
    }
}
