package org.borderwatch.extract.mention;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;

/**
 * An "on this day" almanac: a heading names a day of the calendar without its year ("=== 19 SEPTEMBER ===") and each
 * entry under it opens with the year it tells ("2022 - The ministers met ..."). The entry's day is the heading's day in
 * the entry's year, not the heading's day in the year the almanac was published.
 */
final class AlmanacEntries {
    /** A heading's year, which makes it a dated heading rather than a day of the calendar. */
    private static final Pattern A_YEAR = Pattern.compile("\\b(1[89]|2[01])\\d\\d\\b");
    /** A year that labels its line: at most a bullet before it, then a dash, a colon or a bar ("2023 - ", "* 1991: "). */
    private static final Pattern YEAR_LABEL = Pattern.compile("^[\\s*•·>-]{0,3}((?:1[89]|2[01])\\d\\d)\\s*[-–—:|]\\s");

    private AlmanacEntries() {
    }

    /** The calendar day a heading names when it names one day and no year ("19 SEPTEMBER", "September 19"). */
    static Optional<MonthDay> calendarDay(String heading, List<DateMention> dates) {
        if (dates.size() != 1 || !dates.get(0).statesDay() || A_YEAR.matcher(heading).find()) {
            return Optional.empty();
        }
        LocalDate day = dates.get(0).date().start();
        return Optional.of(MonthDay.of(day.getMonth(), day.getDayOfMonth()));
    }

    /**
     * The entry's day, when the line opens with a year label under such a heading: that calendar day in that year (a
     * year after {@code latest}, the day of publication, is no year the almanac looks back to).
     */
    static Optional<LocalDate> entryDay(String line, MonthDay calendarDay, LocalDate latest) {
        Matcher m = YEAR_LABEL.matcher(line);
        if (calendarDay == null || !m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (latest != null && year > latest.getYear() || !calendarDay.isValidYear(year)) {
            return Optional.empty();
        }
        return Optional.of(calendarDay.atYear(year));
    }

    /** The sentence's dates with its opening year label read as the entry's day. */
    static List<DateMention> withEntryDay(List<DateMention> dates, int lineStart, LocalDate entryDay) {
        return dates.stream().map(d -> d.date().precision() == DatePrecision.YEAR && d.span() != null
                && d.span().start() - lineStart <= YEAR_LABEL_REACH && d.date().start().getYear() == entryDay.getYear()
                ? new DateMention(d.span(), DateSpan.day(entryDay), false) : d).toList();
    }

    /** How far into its line the year label may start (a bullet and spaces). */
    private static final int YEAR_LABEL_REACH = 4;
}
