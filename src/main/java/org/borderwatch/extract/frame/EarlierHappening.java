package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;

/**
 * The opening clause of "After an incident on 6 July in X, forces clashed again ...": a dated happening
 * before the one the sentence reports, told only to set it up, yet an event of its own.
 */
record EarlierHappening(int end, List<DateMention> dates) {
    private static final Set<String> OPENERS = Set.of("after", "following");
    /** Nouns that name a happening without saying what kind; it is then of the kind the main clause reports. */
    static final Set<String> VAGUE_NOUNS = Set.of("incident", "incidents", "provocation", "provocations", "escalation");
    private static final int MAX_LENGTH = 15;

    EarlierHappening {
        dates = List.copyOf(dates);
    }

    /** The opening clause [1, end) with its own stated day or month, or null when the sentence has none. */
    static EarlierHappening find(Sentence s, List<DateMention> dates) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || !OPENERS.contains(t.get(0).key())) {
            return null;
        }
        int comma = -1;
        for (int i = 1; i < Math.min(t.size(), MAX_LENGTH); i++) {
            if (t.get(i).key().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0 || comma + 1 >= t.size()) {
            return null;
        }
        int clauseEnd = t.get(comma).start();
        List<DateMention> own = dates.stream().filter(d -> d.span().end() <= clauseEnd && !d.relative()
                && (d.date().precision() == DatePrecision.DAY || d.date().precision() == DatePrecision.MONTH)).toList();
        return own.isEmpty() ? null : new EarlierHappening(comma, own);
    }

    /** Whether the clause names a happening: a trigger of its own, or a vague noun such as "incident". */
    boolean namesHappening(Sentence s, boolean hasTrigger) {
        return hasTrigger || s.tokens().subList(1, end).stream().anyMatch(t -> VAGUE_NOUNS.contains(t.key()));
    }
}
