package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.trigger.Trigger;

/**
 * A sentence that names the fight the text has told as the time of its act ("During the fighting, ...", "were
 * evacuated from X during the fighting", "amid those clashes"): what it tells happened in that fight, on its day.
 */
public final class FightSetting {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> LEADS = WORDS.words("during-the-fight-leads");
    private static final Set<String> NOUNS = WORDS.words("during-the-fight-nouns");
    /** "during the fighting", "during that fighting", "amid those clashes": each points back to the fight told. */
    private static final Set<String> DETERMINERS = WORDS.words("during-the-fight-determiners");

    /** What may lead a fight named as a time or cause: "in the fighting", "as the clashes spread", "affected by the fighting". */
    private static final Set<String> SETTING_LEADS = WORDS.words("fight-setting-leads");

    private FightSetting() {
    }

    /**
     * Whether every violent trigger of the sentence is a fight's noun named as the time or cause of something else ("in
     * the fighting", "as the clashes spread", "affected by the hostilities"), none a fight told as happening.
     */
    public static boolean onlyNamesTheFight(List<Trigger> triggers, List<Token> t) {
        List<Trigger> violent = triggers.stream().filter(x -> x.triggerClass().violent()).toList();
        return !violent.isEmpty() && violent.stream().allMatch(x -> x.to() - x.from() == 1 && nounLedBy(t, x.from(), SETTING_LEADS));
    }

    /** Whether a fight's noun stands at {@code noun} with a determiner and one of {@code leads} before it: "during the fighting". */
    private static boolean nounLedBy(List<Token> t, int noun, Set<String> leads) {
        return noun >= 2 && noun < t.size() && NOUNS.contains(t.get(noun).key()) && DETERMINERS.contains(t.get(noun - 1).key())
                && leads.contains(t.get(noun - 2).key());
    }

    /** The index of the fight's noun in "during the fighting" and its like, or -1 when the sentence names none. */
    public static int nounIn(List<Token> t) {
        for (int i = 2; i < t.size(); i++) {
            if (nounLedBy(t, i, LEADS)) {
                return i;
            }
        }
        return -1;
    }
}
