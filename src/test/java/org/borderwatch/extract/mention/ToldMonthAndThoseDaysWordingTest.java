package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Days without a year after a month told with its year, and "during those days", on an invented conflict. */
class ToldMonthAndThoseDaysWordingTest {

    @Test
    void aYearlessDayInTheMonthJustToldWithItsYearIsOfThatYear() {
        String handout = "Lesson handout\n\nName: ________ Date: 1 September 2025\n\n"
                + "The worst violence came in September 2022. From 14 to 17 September troops fought along much of the border"
                + " near Kesta, using tanks.\n";
        assertThat(InventedConflict.extractRaw(handout, "2025-09-01")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2022, 9, 14));
    }

    @Test
    void aMonthToldInALookBackDoesNotGiveItsYearToADayOfAnotherMonth() {
        String summary = "Council summary\n\nTuesday, 27 September 2022\n\n"
                + "This was the second outbreak, after clashes near Kesta in late April 2021. This time, he said, an exchange"
                + " of fire near Lorva on 14 September was contained that evening.\n";
        assertThat(InventedConflict.extractRaw(summary, "2022-09-27")).extracting(Event::date).extracting(d -> d.start())
                .contains(LocalDate.of(2022, 9, 14));
    }

    @Test
    void duringThoseDaysIsTheDaysTheStoryJustTold() {
        String faq = "Your questions answered\n\n1. What happened?\nBetween 14 and 17 September 2022 heavy fighting broke out"
                + " along the border near Kesta.\n\n2. How many people left their homes?\nThe ministry says more than 10,000"
                + " people were evacuated from Lorva during those days.\n";
        assertThat(InventedConflict.extractRaw(faq, "2022-10-05")).filteredOn(e -> e.locations().stream()
                .anyMatch(l -> l.name().equals("Lorva"))).extracting(Event::date).extracting(d -> d.start())
                .singleElement().satisfies(d -> assertThat(d).isBetween(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 17)));
    }

    @Test
    void anOrdinalDayTakesTheMonthItsSentenceToldBeforeIt() {
        String interview = "Interview\n\nQ: Why is the intake so sensitive?\n\nA: In April 2021 residents threw stones at"
                + " each other at Kesta on the 28th, over some cameras.\n";
        assertThat(InventedConflict.extractRaw(interview, "2025-04-14")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2021, 4, 28));
    }

    @Test
    void anAnswerGoesOnInTheMonthItsQuestionTold() {
        String interview = "Interview\n\nQ: And September 2022?\n\nA: That was a war. Between the 14th and the 16th of"
                + " September Southian troops shelled Kesta.\n";
        assertThat(InventedConflict.extractRaw(interview, "2025-04-14")).extracting(Event::date).extracting(d -> d.start())
                .singleElement().satisfies(d -> assertThat(d).isBetween(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16)));
    }
}
