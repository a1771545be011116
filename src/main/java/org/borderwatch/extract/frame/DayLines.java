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
import org.borderwatch.extract.mention.NotebookDayLine;
import org.borderwatch.extract.pipeline.Annotation;

/**
 * Subheadings that are nothing but a day, with or without its weekday ("WED 3 MAY", "Thursday, 4 May"), as press
 * reviews and live blogs set them over the items of each day. One such line may be a dateline; two or more make the
 * text a run of sections by day (FrameRule.HEADING_DAY).
 */
final class DayLines {
    private static final int MIN_DAY_LINES = 2;
    private static final Set<String> WEEKDAY_WORDS = WordLists.english().words("weekday-words");
    private static final Set<String> STAMP_WORDS = WordLists.english().words("day-line-stamp-words");

    private DayLines() {
    }

    /**
     * The sentences of the text that are day lines, when it sets its items under them (two or more of its subheadings
     * are only a day); none otherwise, a single one being a dateline.
     */
    static Set<Integer> sections(Annotation a) {
        List<Paragraph> paragraphs = a.get(LayoutStage.PARAGRAPHS);
        Set<Integer> lines = a.get(LayoutStage.SENTENCES).stream()
                .filter(s -> !paragraphs.get(s.paragraph()).title() && (paragraphs.get(s.paragraph()).heading()
                        || opensItsParagraphOnALineOfItsOwn(a.text(), s, paragraphs.get(s.paragraph()))))
                .filter(s -> isDayLine(s, a.get(MentionStage.MENTIONS).get(s.index()).dates()))
                .map(Sentence::index).collect(java.util.stream.Collectors.toSet());
        return lines.size() >= MIN_DAY_LINES ? lines : Set.of();
    }

    /**
     * A live blog's stamp standing on a line of its own at the head of its paragraph ("13.09.2022, 00:41"), which the
     * sentence splitter does not take for a heading when the entry follows on the next line.
     */
    private static boolean opensItsParagraphOnALineOfItsOwn(String text, Sentence s, Paragraph p) {
        int end = s.span().end();
        return s.span().start() == p.span().start() && end < text.length() && text.charAt(end) == '\n';
    }

    /** How many capitalised labels may stand before a day that ends its line ("Date Event 2 May 2023"). */
    private static final int COLUMN_HEADS = WordLists.english().window("column-heads");

    /**
     * A sentence that states one day and says nothing else but its day of the week or the hour ("As of 08:00, 13 May"
     * as bulletins head themselves), or a few capitalised
     * labels before it: a table's column heads run into its first row's day ("Date Event 2 May 2023").
     */
    private static boolean isDayLine(Sentence s, List<DateMention> dates) {
        List<DateMention> days = dates.stream().filter(d -> d.date().precision() == DatePrecision.DAY).toList();
        if (days.isEmpty() || days.stream().allMatch(DateMention::relative)
                || days.stream().map(d -> d.date().start()).distinct().count() != 1) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int dayStart = days.get(0).span().start();
        if (stampThenTitle(tokens, days.get(0)) || NotebookDayLine.dayOf(s, dates).isPresent()) {
            return true;
        }
        int heads = (int) tokens.stream().filter(t -> t.end() <= dayStart).count();
        if (heads > 0 && heads <= COLUMN_HEADS && days.get(days.size() - 1).span().end() == tokens.get(tokens.size() - 1).end()
                && tokens.subList(0, heads).stream().allMatch(t -> t.isCapitalised() && !t.isNumber())) {
            tokens = tokens.subList(heads, tokens.size());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean inTheDay = days.stream().anyMatch(d -> d.span().start() <= t.start() && t.end() <= d.span().end());
            if (!inTheDay && !WEEKDAY_WORDS.contains(t.key()) && !STAMP_WORDS.contains(t.key()) && !clockTime(tokens, i)
                    && Character.isLetterOrDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "[13.09.2022 04:40] OUTAGE - KAPAN": a feed's post heading, its day and clock time first (in brackets or not),
     * then the post's title. The clock time tells a stamp from a heading that only begins with a day.
     */
    private static boolean stampThenTitle(List<Token> tokens, DateMention day) {
        int i = 0;
        if (i < tokens.size() && tokens.get(i).opensBracket()) {
            i++;
        }
        if (i >= tokens.size() || tokens.get(i).start() != day.span().start()) {
            return false;
        }
        while (i < tokens.size() && tokens.get(i).end() <= day.span().end()) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).key().equals("at")) {
            i++; // "16 September at 08:05 · URGENT", a social page's post
        }
        return i < tokens.size() && clockTime(tokens, i);
    }

    /** Whether the token is an hour or minute of a clock time ("00:41"), which a live blog's stamp adds to its day. */
    private static boolean clockTime(List<Token> tokens, int i) {
        boolean hour = i + 2 < tokens.size() && tokens.get(i + 1).key().equals(":") && tokens.get(i + 2).isNumber();
        boolean minutes = i >= 2 && tokens.get(i - 1).key().equals(":") && tokens.get(i - 2).isNumber();
        return tokens.get(i).isNumber() && tokens.get(i).text().length() <= 2 && (hour || minutes);
    }
}
