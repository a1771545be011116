package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.trigger.SupplyTriggers;
import org.borderwatch.extract.trigger.Trigger;

/**
 * A strike or a fight that cuts a place's gas, power or water ("Electricity to X was cut after shelling damaged a
 * line") is two events: the violence, and the cut supply, which is coded as the blockades' cut-offs are (Strategic
 * developments / Other). The cut is one of the sentence's measure triggers that names a supply and either tells it
 * missing ("are without electricity") or has a cut word near it, undenied; a supply only named ("repairs to the gas
 * pipeline") is no cut.
 */
final class SupplyCut {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> CUT_WORDS = WORDS.words("supply-cut-words");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    /** How far after the supply's words its cut may be told ("gas supply to the eastern districts of X has been shut off"). */
    private static final int CUT_REACH_AFTER = 10;
    /** How far before them: "cut off the gas supply", not "cut the road to X, damaging the gas pipeline". */
    private static final int CUT_REACH_BEFORE = 3;

    private SupplyCut() {
    }

    /** The sentence's triggers that tell a supply cut off, or none when it tells no cut. */
    static List<Trigger> cutTriggers(List<Token> tokens, List<Trigger> triggers) {
        return triggers.stream().filter(t -> SupplyTriggers.namesASupply(tokens, t)
                && (SupplyTriggers.tellsItMissing(tokens, t) || cutNear(tokens, t))).toList();
    }

    /**
     * A cut word told near the supply and not denied: "gas supply ... was cut", not "the supply was not interrupted", nor
     * "cut the road to X, damaging the pipeline", where the cut is the road's.
     */
    private static boolean cutNear(List<Token> tokens, Trigger t) {
        for (int i = Math.max(0, t.from() - CUT_REACH_BEFORE); i < Math.min(tokens.size(), t.to() + CUT_REACH_AFTER); i++) {
            if (CUT_WORDS.contains(tokens.get(i).key()) && !deniedAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean deniedAt(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (NEGATIONS.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }
}
