package org.borderwatch.analysis.corridors;

import java.util.List;
import org.borderwatch.domain.DayRange;

/** One route in the register: its status intervals in date order, and days closed and restricted in all and per year. */
public record RouteRecord(Route route, List<StatusInterval> intervals, DayRange daysClosed, DayRange daysRestricted,
                          List<YearDays> byYear) {
    public RouteRecord {
        intervals = List.copyOf(intervals);
        byYear = List.copyOf(byYear);
    }
}
