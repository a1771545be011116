package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.Token;

/**
 * A transcript's turn: a time code and a speaker's label before the words spoken ("[00:19:20] INTERVIEWER: And September
 * 2022."). What the turn opens with is what follows the label.
 */
final class SpokenTurns {
    /** How many tokens a speaker's label may take: "GULNARA T.", "Dr. A. Smith". */
    private static final int LABEL_TOKENS = 5;
    /** How many tokens a bracketed time code may take: "[00:19:20]". */
    private static final int TIME_CODE_TOKENS = 8;
    private static final Set<String> CLOSING_BRACKETS = Set.of("]", ")");

    private SpokenTurns() {
    }

    /** The index of the first spoken token, after a time code and a speaker's label; 0 when the sentence has neither. */
    static int start(List<Token> t) {
        int i = afterTimeCode(t);
        int label = i;
        while (label < t.size() && label - i < LABEL_TOKENS && (labelWord(t.get(label)) || t.get(label).text().equals("."))) {
            label++;
        }
        return label > i && label < t.size() && t.get(label).text().equals(":") ? label + 1 : i;
    }

    private static int afterTimeCode(List<Token> t) {
        if (!t.isEmpty() && t.get(0).opensBracket()) {
            for (int i = 1; i < Math.min(t.size(), TIME_CODE_TOKENS); i++) {
                if (CLOSING_BRACKETS.contains(t.get(i).text())) {
                    return t.subList(1, i).stream().allMatch(x -> x.isNumber() || x.text().equals(":")) && i > 1 ? i + 1 : 0;
                }
            }
            return 0;
        }
        int i = 0;
        while (i + 2 < t.size() && t.get(i).isNumber() && t.get(i + 1).text().equals(":") && t.get(i + 2).isNumber()) {
            i += 2; // "00:19:20", "21:20"
        }
        return i == 0 ? 0 : i + 1;
    }

    /** A word of a speaker's label: capitalised or in capitals, or an initial. */
    private static boolean labelWord(Token x) {
        return !x.text().isEmpty() && Character.isUpperCase(x.text().charAt(0));
    }
}
