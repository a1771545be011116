package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;

/**
 * A forum post's or a blog post's header line: a few words, then the day and the clock time that close the line ("#3
 * Post by X » Sat May 29, 2021 8:02 pm", "Posted by our correspondent on Friday 28 May 2021 at 21:40"). The post under
 * it tells "this evening" and "yesterday" from that day, as a notebook's entries do from their day line.
 */
public final class PostHeaderLine {
    /** How many tokens may stand between the day and its clock time: "2021 at 21:40", "2021 8:02 pm". */
    private static final int DAY_TO_CLOCK_TOKENS = 3;
    /** The words a header sets before its day: "#3 Post by X »". */
    private static final int HEADER_TOKENS = 3;

    private PostHeaderLine() {
    }

    /** The header's day when the sentence is such a line. */
    public static Optional<DateMention> dayOf(Sentence s, List<DateMention> dates) {
        List<Token> t = s.tokens();
        int clock = clockAtEnd(t);
        if (clock < 0) {
            return Optional.empty();
        }
        return dates.stream().filter(d -> d.statesDay() && d.date().precision() == DatePrecision.DAY && d.date().end() == null)
                .filter(d -> {
                    long before = t.stream().filter(x -> x.end() <= d.span().start()).count();
                    long between = t.stream().filter(x -> x.start() >= d.span().end() && x.end() <= t.get(clock).start()).count();
                    return before >= HEADER_TOKENS && between <= DAY_TO_CLOCK_TOKENS;
                }).reduce((a, b) -> b);
    }

    /** The index of the hour of a clock time that ends the sentence ("21:40", "8:02 pm"), or -1. */
    private static int clockAtEnd(List<Token> t) {
        int end = t.size();
        if (end > 0 && (t.get(end - 1).key().equals("pm") || t.get(end - 1).key().equals("am"))) {
            end--;
        }
        if (end >= 3 && t.get(end - 1).isNumber() && t.get(end - 2).key().equals(":") && t.get(end - 3).isNumber()) {
            return end - 3;
        }
        if (end >= 1 && t.get(end - 1).text().matches("\\d{1,2}:\\d{2}")) {
            return end - 1;
        }
        return -1;
    }
}
