package org.borderwatch.extract.frame;

import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;

/**
 * A bulleted list's items, judged by the mark each opens with, and the line over them that dates them: one that opens
 * with its day and a dash or colon, as a list of incidents sets its entries ("13-14 May 2023 - Highlands. ...").
 */
final class BulletItems {
    /** A bullet, a dash or an asterisk and a space: a numbered list counts its own items and is left out. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[\u2022\u25aa\u25e6\u2023*\u2013-]\\s");

    private BulletItems() {
    }

    private static final java.util.Set<String> LEAD_MARKS = java.util.Set.of("\u2013", "\u2014", "-", ":");

    /** Whether the sentence opens with a day, then a dash or a colon: an entry's lead, not "On 2 May the mission ...". */
    static boolean datedLeadLine(Sentence s, List<DateMention> dates) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        for (DateMention d : dates) {
            boolean opensTheLine = d.span() != null && d.span().start() == tokens.get(0).start();
            if (opensTheLine && d.date().precision() == DatePrecision.DAY) {
                return tokens.stream().filter(t -> t.start() >= d.span().end()).findFirst()
                        .map(t -> LEAD_MARKS.contains(t.text())).orElse(false);
            }
        }
        return false;
    }

    static boolean opensWithBullet(String text, Paragraph p) {
        int end = Math.min(text.length(), p.span().start() + 8);
        return BULLET.matcher(text.substring(p.span().start(), end)).find();
    }

    /** A number and a stop or a bracket, then a space: a numbered list's item ("2. Sumgait. ...", "3) ..."). */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s");

    /** The number the paragraph opens with as a numbered list's item, or -1. */
    static int itemNumber(String text, Paragraph p) {
        java.util.regex.Matcher m = NUMBERED.matcher(text).region(p.span().start(), p.span().end());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
