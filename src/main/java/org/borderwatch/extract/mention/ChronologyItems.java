package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;

/** A chronology's item: a line a date opens, a dash, colon or bar after it ("3 May – Troops enter Kesta"). */
public final class ChronologyItems {
    private static final WordLists WORDS = WordLists.english();
    /** What follows a date that labels a chronology's item ("16/09 — ...", "3 May: ..."). */
    private static final Set<String> LABEL_ENDS = WORDS.words("label-ends");
    /** How many tokens (a bullet, a weekday) may stand before a date that labels its line. */
    private static final int LABEL_START_REACH = WORDS.window("label-start-reach");

    private ChronologyItems() {
    }

    /** Whether the date at {@code span} labels the sentence's line: it opens the line and a dash, colon or bar follows it. */
    public static boolean labelsTheLine(Sentence s, Span span) {
        return labelsAt(s, Sentence.tokenRange(s.tokens(), span));
    }

    /** Whether the date over tokens {@code range} labels the sentence's line. */
    private static boolean labelsAt(Sentence s, int[] range) {
        return range != null && range[0] <= LABEL_START_REACH && range[1] < s.tokens().size()
                && LABEL_ENDS.contains(s.tokens().get(range[1]).key());
    }

    /**
     * Whether the line opens with a date that labels it, with at most a bullet (or a table row's number) before it: a
     * chronology's item ("* 12 May – ..."), not a wire story's dateline ("KESTA, May 12 – ...").
     */
    public static boolean opensWithItsLabel(Sentence s, List<DateMention> dates) {
        return dates.stream().anyMatch(d -> {
            int[] range = Sentence.tokenRange(s.tokens(), d.span());
            return labelsAt(s, range) && (range[0] == 0
                    || range[0] == 1 && !Character.isLetterOrDigit(s.tokens().get(0).text().charAt(0))
                    // "3 | 26 Aug 2022 | Troops enter ...": a table's numbered row
                    || range[0] == 2 && s.tokens().get(0).isNumber() && s.tokens().get(1).isCellBar());
        });
    }

    /**
     * Whether the line opens with a chat message's stamp, a day and its clock time ("29.04.21, 08:11 - Name: ..."): each
     * message is a report of its own, however short and verbless ("automatic fire above X").
     */
    public static boolean opensWithMessageStamp(Sentence s, List<DateMention> dates) {
        List<Token> t = s.tokens();
        return dates.stream().anyMatch(d -> {
            int[] range = Sentence.tokenRange(t, d.span());
            if (range == null || range[0] != 0) {
                return false;
            }
            int i = range[1] < t.size() && t.get(range[1]).key().equals(",") ? range[1] + 1 : range[1];
            return i + 2 < t.size() && t.get(i).isNumber() && t.get(i + 1).key().equals(":") && t.get(i + 2).isNumber();
        });
    }
}
