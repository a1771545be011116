package org.borderwatch.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What relative dates are resolved against while reading a document in order: its publication date,
 * the month of the heading the text is under ("May 2021"), the last day the narrative reached, and
 * the last year the current paragraph stated.
 */
public final class TemporalContext {
    private final LocalDate published;
    private YearMonth heading;
    private LocalDate narrativeDay;
    private Integer paragraphYear;

    public TemporalContext(LocalDate published) {
        this.published = published;
    }

    public LocalDate published() {
        return published;
    }

    public YearMonth heading() {
        return heading;
    }

    public void setHeading(YearMonth value) {
        heading = value;
    }

    public LocalDate narrativeDay() {
        return narrativeDay;
    }

    public void setNarrativeDay(LocalDate day) {
        narrativeDay = day;
    }

    public Integer paragraphYear() {
        return paragraphYear;
    }

    public void setParagraphYear(Integer year) {
        paragraphYear = year;
    }

    /**
     * The year a day-and-month without one belongs to: the dated heading's, else the year of a full date
     * earlier in the paragraph, else the first such day after the narrative's last day, else the last such
     * day on or before publication.
     */
    public int yearFor(int month, int day) {
        if (heading != null) {
            return heading.getYear();
        }
        if (paragraphYear != null && (narrativeDay == null || narrativeDay.getYear() != paragraphYear)) {
            return paragraphYear;
        }
        if (narrativeDay != null) {
            // a narrative moves forward: the first such day on or after the last day it reached
            int year = narrativeDay.getYear();
            LocalDate candidate = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
            if (candidate.isBefore(narrativeDay)) {
                year++;
            }
            if (published == null || !LocalDate.of(year, month, 1).isAfter(published)) {
                return year;
            }
        }
        if (published == null) {
            return LocalDate.now().getYear();
        }
        int year = published.getYear();
        LocalDate candidate = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        return candidate.isAfter(published) ? year - 1 : year;
    }
}
