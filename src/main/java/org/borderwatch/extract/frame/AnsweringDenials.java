package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.trigger.Trigger;

/**
 * A denial told after the act it answers ("a drone struck the mosque on 16 September; Southbridge denies targeting
 * civilians", "...; the authorities deny that their forces targeted civilian property"): the act it takes as its object
 * is that act's denial, not a second act, and the places of its clause (the denying capital) are not the act's.
 */
record AnsweringDenials(List<Trigger> acts, List<int[]> denialClauses) {
    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> DENYING_VERBS = WORDS.words("denying-verbs");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":");
    /** How many words a denied clause's subject may take: "deny that [their forces] targeted". */
    private static final int DENIED_SUBJECT_WORDS = 4;

    /** The sentence's acts without the denials that answer an act told before them, and those denials' clauses. */
    static AnsweringDenials of(List<Token> tokens, List<Trigger> triggers) {
        List<Trigger> answering = triggers.stream().filter(t -> deniedAct(tokens, t)
                && triggers.stream().anyMatch(o -> o.to() <= t.from() && !deniedAct(tokens, o))).toList();
        if (answering.isEmpty()) {
            return new AnsweringDenials(triggers, List.of());
        }
        List<int[]> clauses = answering.stream().map(t -> clauseAround(tokens, t)).toList();
        return new AnsweringDenials(triggers.stream().filter(t -> !answering.contains(t)).toList(), clauses);
    }

    /** The mentions without the places named inside the denials' clauses. */
    SentenceMentions withoutTheirPlaces(SentenceMentions m) {
        if (denialClauses.isEmpty()) {
            return m;
        }
        return new SentenceMentions(m.dates(), m.places().stream().filter(p -> denialClauses.stream()
                .noneMatch(c -> p.fromToken() >= c[0] && p.toToken() <= c[1])).toList(),
                m.actors(), m.casualties(), m.measures(), m.cueCountries(), m.section());
    }

    /** From the clause break before the denied act to the next one after it. */
    private static int[] clauseAround(List<Token> tokens, Trigger t) {
        int from = t.from();
        while (from > 0 && !CLAUSE_BREAKS.contains(tokens.get(from - 1).key())) {
            from--;
        }
        int to = t.to();
        while (to < tokens.size() && !CLAUSE_BREAKS.contains(tokens.get(to).key())) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * An act a verb of denial governs as its object ("denies targeting", "rejected shelling") or in its that-clause
     * ("deny that their forces targeted").
     */
    static boolean deniedAct(List<Token> tokens, Trigger t) {
        int i = t.from() - 1;
        if (i >= 0 && tokens.get(i).key().equals("having")) {
            i--;
        }
        if (i >= 0 && DENYING_VERBS.contains(tokens.get(i).key())) {
            return true;
        }
        for (int k = t.from() - 2; k >= Math.max(1, t.from() - 1 - DENIED_SUBJECT_WORDS); k--) {
            if (tokens.get(k).key().equals("that") && DENYING_VERBS.contains(tokens.get(k - 1).key())) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(tokens.get(k).key())) {
                return false;
            }
        }
        return false;
    }
}
