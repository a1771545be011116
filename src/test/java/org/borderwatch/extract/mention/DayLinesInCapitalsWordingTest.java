package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A weekly press review whose day lines are written in capitals, on an invented conflict. */
class DayLinesInCapitalsWordingTest {

    @Test
    void eachItemTakesTheDayOfTheCapitalisedDayLineAboveIt() {
        String review = "The Week in the Region: 1-7 May 2023\n\n"
                + "This week: items are summarised from regional media.\n\n"
                + "WED 3 MAY\n"
                + "• Northian border guards say Southian troops opened fire near the village of Kesta.\n\n"
                + "FRI 5 SEPT.\n"
                + "• Southian troops shelled Lorva, the Northian ministry said.\n";
        assertThat(InventedConflict.extract(review, "2023-09-08")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 9, 5));
    }
}
