package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A day set before a publication's noun names that publication, not the act it covered (invented conflict). */
class DatedIssuesWordingTest {

    @Test
    void theDayOfAnIssueThatCoveredAnActIsNotTheActsDay() {
        String digest = "Border newsletter, May\n\nOur 14 April issue covered the clash near Kesta on 11 April, in which"
                + " four Northian and three Southian soldiers were killed.\n";
        assertThat(InventedConflict.extractRaw(digest, "2023-05-20")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 4, 11));
    }

    @Test
    void anIssuesDayStillDatesWhatItReportsWhenNoOtherDayIsGiven() {
        String item = "Border newsletter, May\n\nThe 14 April statement said Southian troops had shelled Kesta.\n";
        assertThat(InventedConflict.extractRaw(item, "2023-05-20")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 4, 14));
    }
}
