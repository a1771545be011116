package org.borderwatch.analysis.agreements;

/** Violations of an agreement in one month (YYYY-MM, the month each violation starts in), and their stated deaths at the lowest. */
public record MonthCount(String month, int violations, int deathsLow) {
}
