package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * A toll a sentence states as a level rather than as people harmed: "the death toll from the attack has risen to
 * 14", "the number of dead in the clash reached 20": the toll of the act it names. The figure is
 * the act's toll only when the sentence counts no dead of its own: "killed two more, bringing the toll from the
 * clashes to 21" counts this act's two, and 21 is the toll of a whole run of fights.
 *
 * @param deaths the figure
 * @param from   the first token of the statement (its toll noun)
 * @param to     the token after the figure
 */
public record StatedToll(int deaths, int from, int to) {
    private static final WordLists WORDS = WordLists.english();
    /** Nouns that name a toll of deaths alone ("toll"), or only after a word of death ("death count"). */
    private static final Set<String> TOLL_HEADS = WORDS.words("stated-toll-heads");
    private static final Set<String> QUALIFIED_HEADS = WORDS.words("stated-toll-qualified-heads");
    private static final Set<String> DEATH_QUALIFIERS = WORDS.words("stated-toll-death-qualifiers");
    /** What "number of" must count to be a toll: "the number of dead". */
    private static final Set<String> COUNTED_DEAD = WORDS.words("stated-toll-counted-dead");
    private static final Set<String> PEOPLE = Set.of("people", "persons", "civilians", "soldiers", "servicemen", "troops");
    /** Verbs that set a toll's level: "rose to", "stood at", "reached". */
    private static final Set<String> LEVEL_VERBS = WORDS.words("stated-toll-level-verbs");
    /** Verbs that set a toll's level from before its noun: "bringing the toll to", "put the death toll at". */
    private static final Set<String> LEVEL_VERBS_BEFORE = WORDS.words("stated-toll-level-verbs-before");
    private static final int VERB_BEFORE_REACH = 4;
    /** Words right before the figure: "to", "at", "of", or a verb that takes the figure as its object ("reached 14"). */
    private static final Set<String> BEFORE_FIGURE = WORDS.words("stated-toll-before-figure");
    private static final Set<String> BOUNDS = WORDS.words("count-bounds");
    private static final Set<String> ACT_NOUNS = WORDS.words("stated-toll-act-nouns");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    private static final Set<String> ENDS = Set.of(".", ";", ":", "?", "!");
    /** How many words may stand between the toll noun and its figure ("the death toll from Tuesday's clash near X has risen to"). */
    private static final int REACH = 14;

    /** The first toll the tokens state, if any. */
    public static Optional<StatedToll> find(List<Token> tokens, List<Span> dates) {
        for (int head = 0; head < tokens.size(); head++) {
            int after = headEnd(tokens, head);
            if (after < 0 || aPartysCount(tokens, head)) {
                continue;
            }
            Optional<StatedToll> toll = figureAfter(tokens, head, after, dates);
            if (toll.isPresent()) {
                return toll;
            }
        }
        return Optional.empty();
    }

    /** The token after a toll noun phrase starting at {@code i}, or -1 when none starts there. */
    private static int headEnd(List<Token> tokens, int i) {
        String key = tokens.get(i).key();
        if (TOLL_HEADS.contains(key)) {
            return i + 1;
        }
        if (QUALIFIED_HEADS.contains(key) && i > 0 && DEATH_QUALIFIERS.contains(tokens.get(i - 1).key())) {
            return i + 1;
        }
        if (!key.equals("number") || i + 2 >= tokens.size() || !tokens.get(i + 1).key().equals("of")) {
            return -1;
        }
        // "the number of dead", "the number of people killed"
        int counted = PEOPLE.contains(tokens.get(i + 2).key()) ? i + 3 : i + 2;
        return counted < tokens.size() && COUNTED_DEAD.contains(tokens.get(counted).key()) ? counted + 1 : -1;
    }

    /**
     * The figure after a toll noun: the first number, out of any date, right after a word that sets a level, when a
     * verb of level stands before it (or before the noun) and the words between noun and level name the act.
     */
    private static Optional<StatedToll> figureAfter(List<Token> tokens, int head, int after, List<Span> dates) {
        // "bringing the death toll from the clashes to 21": the verb that sets the level may come before the noun
        boolean levelVerb = tokens.subList(Math.max(0, head - VERB_BEFORE_REACH), head).stream().anyMatch(t -> LEVEL_VERBS_BEFORE.contains(t.key()));
        for (int j = after; j < tokens.size() && j < after + REACH && !ENDS.contains(tokens.get(j).key()); j++) {
            String key = tokens.get(j).key();
            levelVerb |= LEVEL_VERBS.contains(key);
            if (!BEFORE_FIGURE.contains(key) || !(levelVerb || j == after)) {
                continue;
            }
            int at = j + 1;
            while (at < tokens.size() && at < j + 4 && (BOUNDS.contains(tokens.get(at).key()) || tokens.get(at).key().equals("now"))) {
                at++;
            }
            Integer figure = at < tokens.size() && !CasualtyReader.inDate(tokens.get(at), dates) ? NumberWords.value(tokens.get(at), true) : null;
            if (figure != null && namesItsAct(tokens, after, j)) {
                return Optional.of(new StatedToll(figure, head, at + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words between the toll noun and its level name the act it counts ("from Tuesday's clash", "in the
     * fighting"): a toll that names none ("the number of killed servicemen has risen to 105") is a running count over
     * days and places, not the toll of the act the sentence sits beside.
     */
    private static boolean namesItsAct(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(t -> ACT_NOUNS.contains(t.key()));
    }

    /** "its death toll", "their toll": a party's running count of its own dead, over a whole war as often as one day. */
    private static boolean aPartysCount(List<Token> tokens, int head) {
        for (int j = head - 1; j >= Math.max(0, head - 2); j--) {
            if (POSSESSIVES.contains(tokens.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} lies inside the statement. */
    public boolean covers(int k) {
        return k >= from && k < to;
    }
}
