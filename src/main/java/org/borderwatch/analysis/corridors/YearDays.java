package org.borderwatch.analysis.corridors;

import org.borderwatch.domain.DayRange;

/** Days a route was closed, and restricted, within one calendar year. */
public record YearDays(int year, DayRange closed, DayRange restricted) {
}
