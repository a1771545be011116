package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Years of days told without one, on pages updated after publication and in texts that tell a day twice. */
class UpdatedPagesAndRetoldDaysWordingTest {

    @Test
    void anUpdateAfterPublicationTellsItsDayInThePagesYear() {
        String page = "Guards clash at the Kesta ford\n\n"
                + "First published 29 April 2021, 13:20 | Last updated 1 May 2021, 17:05\n\n"
                + "UPDATE 2 (1 May, 17:05): The heads of the two border services met in Westholm and signed a protocol on"
                + " pulling back their troops.\n\n"
                + "UPDATE 1 (30 April, 09:10): Shooting resumed overnight near Lorva, Northian officials said.\n\n"
                + "Northian and Southian guards exchanged fire near Kesta on Thursday.";
        assertThat(InventedConflict.extractRaw(page, "2021-04-29")).extracting(Event::date).extracting(d -> d.start())
                .contains(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 30))
                .allSatisfy(day -> assertThat(day.getYear()).isEqualTo(2021));
    }

    @Test
    void aPageWithoutAnUpdateLineStillTakesTheYearBeforeForALaterDay() {
        assertThat(InventedConflict.extract("On 1 May the heads of the two border services met in Westholm.", "2021-04-29"))
                .extracting(Event::date).extracting(d -> d.start()).containsExactly(LocalDate.of(2020, 5, 1));
    }

    @Test
    void aDayToldAgainKeepsTheYearItWasFirstToldIn() {
        String text = "The fighting began on 14 September, when guards exchanged fire near Kesta.\n\n"
                + "The photos were first published on 30 April 2021 and show an older fire. Residents say Southian soldiers"
                + " burned dozens of homes in Lorva between 14 and 17 September.";
        assertThat(InventedConflict.extract(text, "2022-09-21"))
                .filteredOn(e -> e.locations().stream().anyMatch(l -> "Lorva".equals(l.name())))
                .extracting(Event::date).extracting(d -> d.start()).containsExactly(LocalDate.of(2022, 9, 14));
    }

    @Test
    void aPlannedDaySoonAfterPublicationSetsNoYearForTheDaysAfterIt() {
        String update = "This update covers 26 to 30 September 2023. The next update will be issued on or around 3 October.\n\n"
                + "KEY FIGURES\n\u2022 4,000 refugees have arrived in Northia from Greyvale since 24 September.";
        assertThat(InventedConflict.extractRaw(update, "2023-09-30")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 9, 24));
    }
}
