package org.borderwatch.analysis.appeals;

import java.util.List;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.Evidence;

/**
 * The answer the reports give an appeal: its kind, when, by which event, and the delay from the appeal in days (a
 * range, from the precision of both dates; null when the appeal's date is unknown or no answer is reported).
 */
public record Answer(AnswerKind kind, DateSpan date, String eventId, List<Evidence> evidence, DayRange delay) {
    public Answer {
        evidence = List.copyOf(evidence);
    }

    public static Answer none() {
        return new Answer(AnswerKind.NONE_REPORTED, null, null, List.of(), null);
    }
}
