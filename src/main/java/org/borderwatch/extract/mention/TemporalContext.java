package org.borderwatch.extract.mention;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.DateSpan;

/**
 * What relative dates are resolved against while reading a document in order: its publication date,
 * the month of the heading the text is under ("May 2021"), and the last day or month the narrative reached.
 */
public final class TemporalContext {
    /** How far before the day the narrative reached a yearless day may lie and still be a look back in its year. */
    private static final int LOOK_BACK_DAYS = 31;
    /** How far back news tells a day without its year: further back, it names the year. */
    private static final int NEWS_REACH_MONTHS = 6;
    /** How far after a day told in an earlier paragraph a day without a year still continues that story. */
    private static final int STORY_REACH_MONTHS = 3;

    private final LocalDate published;
    private final LocalDate lastTold;
    private LocalDate dateline;
    private YearMonth heading;
    private Integer headingYear;
    private Integer documentYear;
    private LocalDate narrativeDay;
    /** The last day the story named with its weekday ("on Friday, 16 September"), or null. */
    private LocalDate dayNamedWithItsWeekday;
    /** The story's last day when the text has since come back to the page's own days ("are now scattered"), or null. */
    private LocalDate storyDayBeforeThePresent;
    private LocalDate statedMonth;
    private YearMonth toldMonth;
    private boolean toldSinceAnchor;
    private DateSpan toldRun;
    /** Whether the month told with its year was told in the paragraph being read. */
    private boolean monthToldInThisParagraph;
    private Integer toldYear;
    private boolean anchorIsMonth;
    private final boolean newsOfTheDay;
    private boolean anchorInEarlierParagraph;
    private boolean anchorNamesADocument;
    private boolean toldByWeekday;
    private boolean noReadersWeek;
    private final Map<MonthDay, Integer> toldDays = new HashMap<>();
    private final Set<LocalDate> readAYearBack = new HashSet<>();
    /** How soon after the page's last day a day told without a year may be a plan rather than a day of the year before. */
    private static final int PLAN_HORIZON_DAYS = 45;

    public TemporalContext(LocalDate published) {
        this(published, false);
    }

    /**
     * @param newsOfTheDay the document was published on a known day, as news is: a day it names without a year
     *                     in a paragraph that states no year of its own is one of the year before publication
     */
    public TemporalContext(LocalDate published, boolean newsOfTheDay) {
        this(published, newsOfTheDay, published);
    }

    /**
     * @param lastTold the last day the page tells of as past: a later "Last updated" day than publication, whose
     *                 updates tell days up to it (a day without a year up to it is not one of the year before)
     */
    public TemporalContext(LocalDate published, boolean newsOfTheDay, LocalDate lastTold) {
        this.published = published;
        this.lastTold = lastTold == null || published != null && lastTold.isBefore(published) ? published : lastTold;
        this.newsOfTheDay = newsOfTheDay && published != null;
    }

    /** A new paragraph begins: the date the narrative reached before it no longer sets a year in news. */
    public void startParagraph() {
        startParagraph(false);
    }

    /**
     * A new paragraph begins; when it answers the question that ended the paragraph before ("Q: And September 2022?"
     * then "Between the 14th and the 16th of September ..."), the month the question told is still the one told.
     */
    public void startParagraph(boolean answersTheQuestionBefore) {
        anchorInEarlierParagraph = true;
        monthToldInThisParagraph &= answersTheQuestionBefore;
    }

    public LocalDate published() {
        return published;
    }

    /** The last day the page tells of as past: publication, or a later day of its "Last updated" line. */
    public LocalDate lastTold() {
        return lastTold;
    }

    /**
     * The day "today", "yesterday" and weekdays count from: the dateline's day when the report opens with one
     * ("Baku, 3 August."), since a page updated later keeps its first day's words; else the publication day.
     */
    public LocalDate today() {
        return dateline != null ? dateline : published;
    }

    /** The day a dateline or a post's stamp set, if any. */
    public java.util.Optional<LocalDate> dateline() {
        return java.util.Optional.ofNullable(dateline);
    }

    /** Records the day of the report's dateline, if it is not after publication. */
    public void setDateline(LocalDate day) {
        if (published == null || !day.isAfter(published)) {
            dateline = day;
        }
    }

    public YearMonth heading() {
        return heading;
    }

    /** The text is now under a heading that names a month ("May 2021"), or under none when null. */
    public void setHeading(YearMonth value) {
        heading = value;
        headingYear = value == null ? documentYear : Integer.valueOf(value.getYear());
    }

    /**
     * The whole document is about one year, as an encyclopedia's year article ("2022 in Northia") is: its headings
     * that name no year ("Events", "March") stay in that year.
     */
    public void setDocumentYear(int year) {
        documentYear = year;
        headingYear = year;
    }

    /** The text is now under a heading that names only a year ("2022", an encyclopedia timeline's section). */
    public void setYearHeading(int year) {
        heading = null;
        headingYear = year;
    }

    /** The year of the heading the text is under, whether it names a month or only a year, or null. */
    public Integer headingYear() {
        return headingYear;
    }

    public LocalDate narrativeDay() {
        return narrativeDay;
    }

    /**
     * The day "the same day", "the next day" and "that Friday" point to when the sentence states none: the story's
     * last day, even after the text has come back to the page's own days ("Her pupils are now scattered. Killed the
     * same day ..." is the story's day, not the page's).
     */
    public LocalDate storyDay() {
        return storyDayBeforeThePresent != null ? storyDayBeforeThePresent : narrativeDay;
    }

    /**
     * The text has come back to the page's own days ("is now being emptied"): a day told without a year goes on from
     * {@code pageDay}, while "the same day" still points to the story's last day.
     */
    public void comeBackToThePresent(LocalDate pageDay) {
        LocalDate story = storyDay();
        setNarrativeDay(pageDay, false, false);
        storyDayBeforeThePresent = story;
    }

    /** The days the narrative told last when it told a run of them ("from 14 to 17 September"), or null. */
    public DateSpan toldRun() {
        return toldRun;
    }

    /** Records the run of days a stated date told, the narrative having reached its last day. */
    public void setToldRun(DateSpan days) {
        toldRun = days.end() != null && days.end().equals(narrativeDay) ? days : null;
    }

    public void setNarrativeDay(LocalDate day) {
        setNarrativeDay(day, false);
    }

    /**
     * As {@link #setNarrativeDay(LocalDate, boolean)}, noting whether the text named the day with its weekday ("on
     * Wednesday, 28 April"): a story told by weekdays goes on naming its next days by weekday alone.
     */
    public void setNarrativeDay(LocalDate day, boolean documentsDay, boolean namedWithItsWeekday) {
        boolean sameDayByWeekday = toldByWeekday && day.equals(narrativeDay); // "that evening" stays in the week told
        setNarrativeDay(day, documentsDay);
        toldByWeekday = namedWithItsWeekday || sameDayByWeekday;
    }

    /** Records a day the text named with its weekday ("on Friday, 16 September"). */
    public void setDayNamedWithItsWeekday(LocalDate day) {
        dayNamedWithItsWeekday = day;
    }

    /** The last day the story named with its weekday, or null: "that Friday" a few days on points back to it. */
    public LocalDate dayNamedWithItsWeekday() {
        return dayNamedWithItsWeekday;
    }

    /** The page is dated only by its year or month (a book, an annual report): it has no reader's week. */
    public void setNoReadersWeek() {
        noReadersWeek = true;
    }

    /** Whether the page has no reader's week for a bare weekday to fall in: its weekdays are its story's. */
    public boolean noReadersWeek() {
        return noReadersWeek;
    }

    /** Whether the narrative's day was named with its weekday: a bare weekday after it is a day of that week. */
    public boolean toldByWeekday() {
        return toldByWeekday;
    }

    /**
     * @param documentsDay the day is part of a document's name ("the accord of 9 November 2020"): a story in a
     *                     paragraph after it does not go on from that day
     */
    public void setNarrativeDay(LocalDate day, boolean documentsDay) {
        narrativeDay = day;
        storyDayBeforeThePresent = null;
        toldRun = null;
        toldByWeekday = false;
        toldSinceAnchor = false;
        anchorIsMonth = false;
        anchorInEarlierParagraph = false;
        anchorNamesADocument = documentsDay;
    }

    /** Records a month the text stated with its year ("in March 2021"), as a point the narrative reached. */
    public void setStatedMonth(LocalDate firstOfMonth) {
        statedMonth = firstOfMonth;
        toldSinceAnchor = false;
        anchorIsMonth = true;
        anchorInEarlierParagraph = false;
        anchorNamesADocument = false;
    }

    /**
     * Records the month of a date the text told with its year, after the narrative took its point from it, or without
     * moving the narrative at all ("the fighting of April 2021", a look back).
     */
    public void setToldMonth(YearMonth month) {
        toldMonth = month;
        toldSinceAnchor = true;
        monthToldInThisParagraph = true;
    }

    /** The month of the last date told with its year since the narrative's point was last set, or null. */
    public YearMonth monthToldSinceAnchor() {
        return toldSinceAnchor ? toldMonth : null;
    }

    /**
     * Records a day the text told (with its year or resolved): the same day and month told again without a year is that
     * day, whatever the narrative looked back to in between. The first telling holds.
     */
    public void setToldDay(LocalDate day) {
        toldDays.putIfAbsent(MonthDay.from(day), day.getYear());
    }

    /** Records the year of the last date the text told with its year, a bare year included. */
    public void setToldYear(int year) {
        toldYear = year;
    }

    /** The year of the last date told with its year, or null. */
    public Integer toldYear() {
        return toldYear;
    }

    private boolean readingAHeading;

    /** Whether the sentences being read are a heading's or a title's, whose years name what the text is about. */
    public void setReadingAHeading(boolean heading) {
        readingAHeading = heading;
    }

    public boolean readingAHeading() {
        return readingAHeading;
    }

    public LocalDate anchor() {
        if (anchorIsMonth) {
            return statedMonth;
        }
        return narrativeDay;
    }

    /**
     * The year a day-and-month without one belongs to: the dated heading's, else the year of the same month told with
     * its year earlier in the paragraph, else the first such day on or
     * after the last date the text stated, else the last such day on or before publication (or the page's last update).
     */
    public int yearFor(int month, int day) {
        if (headingYear != null) {
            return headingYear;
        }
        YearMonth told = monthToldSinceAnchor();
        if (told != null && monthToldInThisParagraph && told.getMonthValue() == month) {
            return told.getYear(); // "The worst came in September 2022. From 14 to 17 September troops fought ..."
        }
        Integer aroundTheStory = yearAroundTheStorysDay(month, day);
        if (aroundTheStory != null) {
            return aroundTheStory; // "It began on 28 April 2021 ... On 29 April troops opened fire", under a page dated 29.04.2023
        }
        Integer toldBefore = toldDays.get(MonthDay.of(month, Math.min(day, Month.of(month).maxLength())));
        if (toldBefore != null) {
            return toldBefore; // "The fighting began on 14 September ... [a look back to 2021] ... burned homes on 14 September"
        }
        LocalDate anchor = anchor();
        if (anchor != null) {
            // a narrative moves forward: the first such day on or after the last date it stated
            int year = anchor.getYear();
            LocalDate candidate = dayIn(year, month, day);
            // a day a few weeks before the one told last looks back within the same story ("had been handed back on
            // 3 May", after "on 9 May 2021"); further back, the story has moved on to the next year. A document's day
            // is no story's day, so nothing looks back from it
            boolean lookBack = !anchorNamesADocument && !candidate.plusDays(LOOK_BACK_DAYS).isBefore(anchor);
            if (candidate.isBefore(anchor) && !lookBack) {
                year++;
            }
            if ((lastTold == null || !LocalDate.of(year, month, 1).isAfter(lastTold)) && !staleInNews(year, month, anchor)) {
                return year;
            }
        }
        int year = yearBeforePublication(month, day);
        if (lastTold != null && year < lastTold.getYear()) {
            if (!dayIn(lastTold.getYear(), month, day).isAfter(lastTold.plusDays(PLAN_HORIZON_DAYS))) {
                readAYearBack.add(dayIn(year, month, day));
            }
        }
        return year;
    }

    /** How many days from the story's day a day told without a year may lie and still be of the story's days. */
    private static final int STORY_DAYS_REACH = 7;

    /**
     * The year in which the day lies within a week of the day the story has reached (across a new year too), or null:
     * the next day or the one before is of the same story, whatever an earlier line (a page's date, a look back) told
     * of that day and month.
     */
    private Integer yearAroundTheStorysDay(int month, int day) {
        if (anchorIsMonth || narrativeDay == null) {
            return null;
        }
        for (int y = narrativeDay.getYear() - 1; y <= narrativeDay.getYear() + 1; y++) {
            if (YearMonth.of(y, month).isValidDay(day)
                    && Math.abs(LocalDate.of(y, month, day).toEpochDay() - narrativeDay.toEpochDay()) <= STORY_DAYS_REACH) {
                return y;
            }
        }
        return null;
    }

    /**
     * Whether the day, told without a year, was read in the year before only because in the page's own year it lies
     * a few weeks after the page's last day: perhaps a plan ("the next update will be issued on 3 October"), so it
     * sets no point the story goes on from.
     */
    public boolean readAYearBackAsPast(LocalDate day) {
        return readAYearBack.contains(day);
    }

    /**
     * News names the year of anything older than a few months: a date told in an earlier paragraph ("the statement
     * of 9 November 2020") does not carry its year to "on April 11" in a later one of a report from 2023, nor does
     * one told in the same paragraph carry it to a day more than a few months after it ("signed on 9 November
     * 2020 ... On 19 September", in a column of December 2023): a narrative that had moved on that far would have
     * said the year.
     */
    private boolean staleInNews(int year, int month, LocalDate anchor) {
        YearMonth day = YearMonth.of(year, month);
        boolean farFromAnchor = day.isAfter(YearMonth.from(anchor).plusMonths(NEWS_REACH_MONTHS));
        // "On 12 May 2021 soldiers crossed ... [new paragraph] On 25 May a conscript was killed": a day in the anchor's
        // month or the next goes on with the story the paragraph before began
        boolean goesOnFromAnchor = !anchorNamesADocument && !day.isAfter(YearMonth.from(anchor).plusMonths(STORY_REACH_MONTHS));
        return newsOfTheDay && (anchorInEarlierParagraph && !goesOnFromAnchor || farFromAnchor)
                && day.isBefore(YearMonth.from(published).minusMonths(NEWS_REACH_MONTHS));
    }

    /** The year of the last such day on or before publication or the page's last update ("last month, on 11 April"). */
    public int yearBeforePublication(int month, int day) {
        if (lastTold == null) {
            return LocalDate.now().getYear();
        }
        int year = lastTold.getYear();
        return dayIn(year, month, day).isAfter(lastTold) ? year - 1 : year;
    }

    /** The day of that month and year, the month's last when it is shorter ("29 February" in a common year). */
    private static LocalDate dayIn(int year, int month, int day) {
        return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }
}
