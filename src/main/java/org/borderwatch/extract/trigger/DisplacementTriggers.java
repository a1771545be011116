package org.borderwatch.extract.trigger;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * Measure triggers that tell people driven or moved out of their homes ("forced thousands from their homes", "are
 * moving people out of the border villages"): the trigger stage keeps the violence that drove them out, and the frame
 * stage makes the displacement an event of its own beside it.
 */
public final class DisplacementTriggers {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> HOME_NOUNS = WORDS.words("home-nouns");
    private static final Set<String> MOVING_OUT = WORDS.words("moving-out-verbs");

    private DisplacementTriggers() {
    }

    /** A measure trigger that names the homes people left, or people moved out as it goes on. */
    public static boolean drivesPeopleOut(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.MEASURE) {
            return false;
        }
        List<Token> words = tokens.subList(t.from(), t.to());
        return words.stream().anyMatch(w -> HOME_NOUNS.contains(w.key()))
                || MOVING_OUT.contains(words.get(0).key()) && words.stream().anyMatch(w -> w.key().equals("out"));
    }
}
