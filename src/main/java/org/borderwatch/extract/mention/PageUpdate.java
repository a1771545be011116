package org.borderwatch.extract.mention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * The day a page says it was last updated ("First published 29 April 2021 | Last updated 1 May 2021, 17:05"), when it
 * is after the day the page was published: the updates tell days up to it, so a day without a year up to it is one
 * already told, not a plan or a day of the year before.
 */
final class PageUpdate {
    /** How far into the text a page's update line stands: with its byline, above the story. */
    private static final int HEAD_CHARS = 1200;
    /**
     * How long after publication an update still tells the same story: a profile updated two years later keeps its
     * first day for the days its first text told.
     */
    private static final int UPDATE_REACH_DAYS = 14;
    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(?:last\\s+)?updated\\b:?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private PageUpdate() {
    }

    /** The later of the publication day and the day of the page's update line, or the publication day alone. */
    static LocalDate lastDay(String text, LocalDate published, TemporalTagger tagger) {
        if (published == null) {
            return null;
        }
        return updatedOn(text, published, tagger).filter(d -> d.isAfter(published)
                && !d.isAfter(published.plusDays(UPDATE_REACH_DAYS))).orElse(published);
    }

    private static Optional<LocalDate> updatedOn(String text, LocalDate published, TemporalTagger tagger) {
        Matcher m = UPDATED.matcher(text).region(0, Math.min(text.length(), HEAD_CHARS));
        while (m.find()) {
            int lineEnd = text.indexOf('\n', m.end());
            int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, m.end() + 40);
            Span after = new Span(m.end(), end);
            Optional<LocalDate> day = tagger.tag(text, after, new TemporalContext(published)).stream()
                    .filter(d -> d.statesDay() && d.span() != null
                            && YEAR.matcher(text.substring(d.span().start(), d.span().end())).find())
                    .map(d -> d.date().start()).findFirst();
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }
}
