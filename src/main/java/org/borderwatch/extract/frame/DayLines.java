package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.pipeline.Annotation;

/**
 * Subheadings that are nothing but a day, with or without its weekday ("WED 3 MAY", "Thursday, 4 May"), as press
 * reviews and live blogs set them over the items of each day. One such line may be a dateline; two or more make the
 * text a run of sections by day (FrameRule.HEADING_DAY).
 */
final class DayLines {
    private static final int MIN_DAY_LINES = 2;
    private static final Set<String> WEEKDAY_WORDS = WordLists.english().words("weekday-words");

    private DayLines() {
    }

    /**
     * The sentences of the text that are day lines, when it sets its items under them (two or more of its subheadings
     * are only a day); none otherwise, a single one being a dateline.
     */
    static Set<Integer> sections(Annotation a) {
        List<Paragraph> paragraphs = a.get(LayoutStage.PARAGRAPHS);
        Set<Integer> lines = a.get(LayoutStage.SENTENCES).stream()
                .filter(s -> paragraphs.get(s.paragraph()).heading() && !paragraphs.get(s.paragraph()).title()
                        || opensItsParagraphOnALineOfItsOwn(a.text(), s, paragraphs.get(s.paragraph())))
                .filter(s -> isDayLine(s, a.get(MentionStage.MENTIONS).get(s.index()).dates()))
                .map(Sentence::index).collect(java.util.stream.Collectors.toSet());
        return lines.size() >= MIN_DAY_LINES ? lines : Set.of();
    }

    /** A live blog's stamp on the line above its entry ("13.09.2022, 00:41" then the text, no blank line between). */
    private static boolean opensItsParagraphOnALineOfItsOwn(String text, Sentence s, Paragraph p) {
        int end = s.span().end();
        return s.span().start() == p.span().start() && end < text.length() && text.charAt(end) == '\n';
    }

    /** A sentence that states one day and says nothing else but its day of the week or the hour. */
    private static boolean isDayLine(Sentence s, List<DateMention> dates) {
        List<DateMention> days = dates.stream().filter(d -> d.date().precision() == DatePrecision.DAY).toList();
        if (days.isEmpty() || days.stream().allMatch(DateMention::relative)
                || days.stream().map(d -> d.date().start()).distinct().count() != 1) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean inTheDay = days.stream().anyMatch(d -> d.span().start() <= t.start() && t.end() <= d.span().end());
            if (!inTheDay && !WEEKDAY_WORDS.contains(t.key()) && !clockTime(tokens, i) && Character.isLetterOrDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token is an hour or minute of a clock time ("00:41"), which a live blog's stamp adds to its day. */
    private static boolean clockTime(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean colonBeside = i + 1 < tokens.size() && tokens.get(i + 1).key().equals(":") || i > 0 && tokens.get(i - 1).key().equals(":");
        return t.isNumber() && t.text().length() <= 2 && colonBeside;
    }
}
