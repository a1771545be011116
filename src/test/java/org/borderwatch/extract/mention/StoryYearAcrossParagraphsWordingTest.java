package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A feature that tells an older story paragraph by paragraph, naming the year once, on an invented conflict. */
class StoryYearAcrossParagraphsWordingTest {

    @Test
    void daysWithoutAYearGoOnInTheYearTheStoryBeganIn() {
        String feature = "On 12 May 2021 Southian soldiers crossed into Northia near Kesta.\n\n"
                + "On 25 May a Northian conscript was shot and killed near Lorva.\n\n"
                + "In the early hours of 28 July, an exchange of fire near Lorva killed three Northian soldiers.";
        assertThat(InventedConflict.extract(feature, "2022-12-06")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2021, 5, 12), LocalDate.of(2021, 5, 25), LocalDate.of(2021, 7, 28));
    }

    @Test
    void aDayMonthsAfterAnOlderDateInAnEarlierParagraphIsInThisYearsNews() {
        String news = "The ceasefire statement of 9 November 2020 ended the war.\n\n"
                + "On 11 April Southian troops shelled Kesta, the Northian ministry said.";
        assertThat(InventedConflict.extract(news, "2023-04-12")).extracting(Event::date).extracting(d -> d.start())
                .contains(LocalDate.of(2023, 4, 11));
    }

    @Test
    void aDayAFewDaysBeforeTheOneToldLastLooksBackInItsYear() {
        String feature = "Southian guns shelled Pellin on 9 May 2021.\n\n"
                + "Lorva had been shelled on 3 May.";
        assertThat(InventedConflict.extract(feature, "2024-07-16")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2021, 5, 9), LocalDate.of(2021, 5, 3));
    }

    @Test
    void aDayOpeningAChronologysLineDatesWhatTheLineReports() {
        String chronology = "3 March 2020\nGuards of both sides trade shots at the Kesta mill.\n"
                + "18 August 2021\nShooting at the Lorva ford; two guards are killed.";
        assertThat(InventedConflict.extract(chronology, "2025-04-14"))
                .filteredOn(e -> e.locations().stream().anyMatch(l -> l.name().equals("Lorva")))
                .allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 8, 18)))
                .anySatisfy(e -> assertThat(e.fatalities().best()).isEqualTo(2));
    }
}
