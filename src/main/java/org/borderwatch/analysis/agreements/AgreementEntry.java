package org.borderwatch.analysis.agreements;

import java.util.List;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;

/**
 * One agreement in the register, with what broke it. Deaths are the sums of the violations' lowest and highest
 * stated figures, with how many violations state none; the days until the first violation are a range because the
 * dates are known to the day, month or year the reports give.
 *
 * @param supersededBy the id of the next agreement between the same parties over the same ground, or null
 * @param endedOn      when it stopped being the one in force: the day a user states it ended, else the date of what superseded it
 */
public record AgreementEntry(Agreement agreement, String supersededBy, DateSpan endedOn, List<Violation> violations,
                             int deathsLow, int deathsHigh, int violationsWithoutDeaths, DayRange daysToFirstViolation,
                             List<MonthCount> byMonth) {
    public AgreementEntry {
        violations = List.copyOf(violations);
        byMonth = List.copyOf(byMonth);
    }

    public boolean canBeViolated() {
        return agreement.kind().forbidsHostilities();
    }
}
