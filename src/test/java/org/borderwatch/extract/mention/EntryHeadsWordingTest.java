package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Numbered entries headed by their day on a line of their own, on an invented conflict. */
class EntryHeadsWordingTest {

    private static final String PAGE = "Roofs for Kesta\n\nUPDATES (2)\n\n"
            + "Update #2 \u00b7 12 May 2023\nWork stopped yesterday afternoon. There was heavy firing on the heights above"
            + " Kesta; one soldier was killed.\n\n"
            + "Update #1 \u00b7 24 February 2023\nOn Monday Southian troops shelled Lorva, and today we saw the damage.\n";

    @Test
    void anEntrysYesterdayCountsFromItsHeadsDay() {
        assertThat(InventedConflict.extractRaw(PAGE, "2023-10-02")).filteredOn(e -> e.locations().stream()
                .anyMatch(l -> l.name().equals("Kesta"))).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 5, 11));
    }

    @Test
    void anEntrysWeekdayIsOfItsHeadsWeek() {
        assertThat(InventedConflict.extractRaw(PAGE, "2023-10-02")).filteredOn(e -> e.locations().stream()
                .anyMatch(l -> l.name().equals("Lorva"))).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 2, 20));
    }

    @Test
    void aNumberedLabelThatIsNoEntryHeadDoesNotMoveTheStorysDay() {
        String page = "Gallery\n\nPhoto 3 \u00b7 12 May 2021\nSouthian troops shelled Lorva yesterday, the agency said.\n";
        assertThat(InventedConflict.extractRaw(page, "2023-10-02")).extracting(Event::date).extracting(d -> d.start())
                .doesNotContain(LocalDate.of(2021, 5, 11));
    }

    @Test
    void anUpdateHeadWithItsClockTimeIsTheDayItsMorningCountsFrom() {
        String page = "Ministry of Health\n\nUPDATE of 18 September 2022, 19:00\n\nThe toll has risen to 12.\n\n"
                + "UPDATE of 16 September 2022, 20:30\n\nThis morning several shells fired by Southian troops fell in Lorva.\n";
        assertThat(InventedConflict.extractRaw(page, "2022-09-20")).filteredOn(e -> e.locations().stream()
                .anyMatch(l -> l.name().equals("Lorva"))).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2022, 9, 16));
    }

    @Test
    void anUpdatesNumberBeforeItsDayIsNoRunOfDaysToCountFrom() {
        String page = "Clash near Kesta\n\nUPDATE 1 - 11 April 2023, 18:50\nSouthian and Northian troops exchanged fire"
                + " on Monday afternoon near Kesta.\n";
        assertThat(InventedConflict.extractRaw(page, "2023-04-11")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 4, 10));
    }

    @Test
    void anEntrysNumberBeforeItsDayIsNoFirstDayOfARun() {
        String log = "Field log\n\nEntry 7 \u2014 9 May 2023\nOn Sunday Southian troops shelled Kesta.\n";
        assertThat(InventedConflict.extractRaw(log, "2023-05-16")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 5, 7));
    }
}
