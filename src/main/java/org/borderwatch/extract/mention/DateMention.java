package org.borderwatch.extract.mention;

import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Span;

/**
 * A time expression and the date it was resolved to. {@code relative} marks expressions that take
 * their date from the narrative ("the next day") rather than stating it.
 */
public record DateMention(Span span, DateSpan date, boolean relative) {
    /** Whether the text itself states a day here (not "the next day", not a month or a year). */
    public boolean statesDay() {
        return !relative && date.precision() == DatePrecision.DAY;
    }

    /** Whether the text itself states a day or a month here (not "the next day", not a bare year). */
    public boolean statesDayOrMonth() {
        return !relative && (date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.MONTH);
    }
}
