package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.trigger.Cues;
import org.borderwatch.extract.config.WordLists;

/**
 * The opening clause of "After an incident on 6 July in X, forces clashed again ...": a happening before
 * the one the sentence reports, told to set it up. Dated, it is an event of its own; undated ("Hours after
 * the first shells landed, ..."), it points back to one already told, and only the main clause reports.
 */
record EarlierHappening(int end, List<DateMention> dates) {
    private static final WordLists WORDS = WordLists.english();

    private static final Set<String> OPENERS = WORDS.words("openers");
    /** Nouns that name a happening without saying what kind; it is then of the kind the main clause reports. */
    static final Set<String> VAGUE_NOUNS = WORDS.words("vague-nouns");
    /** Words that may come before "after": "Hours after", "Two days after", "Shortly after". */
    private static final Set<String> LEAD_INS = WORDS.words("lead-ins");
    private static final int MAX_LENGTH = WORDS.window("earlier-happening-max-length");

    EarlierHappening {
        dates = List.copyOf(dates);
    }

    /**
     * The opening clause [0, end) of a sentence that starts "After ...," / "Following ...," / "Hours after
     * ...,", with the days or months it states itself (none when it states none), or null.
     */
    static EarlierHappening find(Sentence s, List<DateMention> dates) {
        int comma = openingEnd(s.tokens());
        if (comma < 0) {
            return null;
        }
        int clauseEnd = s.tokens().get(comma).start();
        List<DateMention> own = dates.stream().filter(d -> d.span().end() <= clauseEnd && d.statesDayOrMonth()).toList();
        return new EarlierHappening(comma, own);
    }

    /** The comma closing an opening "after" clause, or -1 when the sentence does not open with one. */
    static int openingEnd(List<Token> t) {
        int opener = -1;
        for (int i = 0; i < Math.min(3, t.size()) && opener < 0; i++) {
            if (OPENERS.contains(t.get(i).key())) {
                opener = i;
            } else if (!LEAD_INS.contains(t.get(i).key()) && !t.get(i).isNumber()) {
                return -1;
            }
        }
        if (opener < 0 || opener + 1 < t.size() && Cues.timeOfDay(t.get(opener + 1))) {
            return -1; // "Shortly after midnight on 13 May troops shelled X, ...": an hour, not a happening before
        }
        for (int i = opener + 1; i < Math.min(t.size() - 1, opener + MAX_LENGTH); i++) {
            if (t.get(i).key().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence's dates outside the opening clause: those of the main clause. */
    List<DateMention> outside(List<DateMention> sentenceDates) {
        return sentenceDates.stream().filter(d -> !dates.contains(d)).toList();
    }

    /** Whether the clause names a happening: a trigger of its own, or a vague noun such as "incident". */
    boolean namesHappening(Sentence s, boolean hasTrigger) {
        return hasTrigger || s.tokens().subList(0, end).stream().anyMatch(t -> VAGUE_NOUNS.contains(t.key()));
    }
}
