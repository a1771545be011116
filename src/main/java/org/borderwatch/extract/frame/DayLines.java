package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
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
                .filter(s -> paragraphs.get(s.paragraph()).heading() && !paragraphs.get(s.paragraph()).title())
                .filter(s -> isDayLine(s, a.get(MentionStage.MENTIONS).get(s.index()).dates()))
                .map(Sentence::index).collect(java.util.stream.Collectors.toSet());
        return lines.size() >= MIN_DAY_LINES ? lines : Set.of();
    }

    /** A sentence that states one day and says nothing else but its day of the week. */
    private static boolean isDayLine(Sentence s, List<DateMention> dates) {
        List<DateMention> days = dates.stream().filter(d -> d.date().precision() == DatePrecision.DAY).toList();
        if (days.isEmpty() || days.stream().allMatch(DateMention::relative)
                || days.stream().map(d -> d.date().start()).distinct().count() != 1) {
            return false;
        }
        return s.tokens().stream().allMatch(t -> days.stream().anyMatch(d -> d.span().start() <= t.start() && t.end() <= d.span().end())
                || WEEKDAY_WORDS.contains(t.key()) || !Character.isLetterOrDigit(t.text().charAt(0)));
    }
}
