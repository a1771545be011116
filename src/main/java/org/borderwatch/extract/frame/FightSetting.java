package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

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

    private FightSetting() {
    }

    /** The index of the fight's noun in "during the fighting" and its like, or -1 when the sentence names none. */
    public static int nounIn(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (LEADS.contains(t.get(i).key()) && DETERMINERS.contains(t.get(i + 1).key()) && NOUNS.contains(t.get(i + 2).key())) {
                return i + 2;
            }
        }
        return -1;
    }
}
