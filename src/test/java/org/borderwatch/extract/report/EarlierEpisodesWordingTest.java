package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Earlier episodes a report measures today's act against, and the dates it gives them, on an invented conflict. */
class EarlierEpisodesWordingTest {

    @Test
    void aMonthOfLastYearBeforeAWhenClauseDatesTheActOfTheClause() {
        assertThat(InventedConflict.extract("The shooting is the worst since April last year, when fighting near Kesta"
                + " killed 36 people.", "2024-01-28"))
                .anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH
                        && e.date().start().equals(LocalDate.of(2023, 4, 1)) && e.date().precision() == DatePrecision.MONTH);
    }
}
