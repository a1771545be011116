package org.borderwatch.domain;

/** How exactly a date is known. A date of MONTH precision stores the first day of the month. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    /** ACLED's time_precision code: 1 day, 2 week, 3 month or coarser. */
    public int acledCode() {
        return switch (this) {
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH, YEAR -> 3;
        };
    }
}
