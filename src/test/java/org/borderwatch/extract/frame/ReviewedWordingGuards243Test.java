package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings near the rules of rules-2.43 that a review found them to change for the worse at first, on an invented
 * conflict: each must keep its reading.
 */
class ReviewedWordingGuards243Test {

    @Test
    void aPartyThatReachesItsCounterpartByPhoneMakesACall() {
        assertThat(InventedConflict.extract("The Westmarkian foreign minister reached the Northian prime minister by phone on"
                + " 4 April 2023 and urged restraint.", "2023-04-05")).extracting(Event::subEventType)
                .contains(SubEventType.OTHER);
    }

    @Test
    void yearWordsSetApartByUnlikeDoNotDateTheMonth() {
        assertThat(InventedConflict.extract("Unlike last year, in April the Southian army shelled Kesta almost every day.",
                "2023-09-10")).extracting(e -> e.date().start()).contains(LocalDate.of(2023, 4, 1));
    }

    @Test
    void wordsOfCrimeOutsideALogsItemOrBesideAStrikeLeaveTheWarsActs() {
        assertThat(InventedConflict.extractRaw("Looters stole generators from the school in Lorva after the shelling on"
                + " Tuesday. Southian shells destroyed two houses on the same street, killing an elderly man.\n", "2023-04-12"))
                .isNotEmpty();
        assertThat(InventedConflict.extractRaw("Police log\n\n4. Kesta road. A Southian drone struck a car on Saturday,"
                + " killing a pedestrian.\n", "2023-04-12")).isNotEmpty();
    }

    @Test
    void aProgrammesLinesStampedWithTimesAreTitles() {
        assertThat(InventedConflict.extractRaw("CONFERENCE PROGRAMME, 20 MAY 2023, NORTHPORT\n10:00 Opening session\n"
                + "11:30 Panel: The shelling of Kesta in March\n13:00 Lunch\n", "2023-05-10")).isEmpty();
    }

    @Test
    void thatYearAfterTheOnlyYearToldIsThatYear() {
        assertThat(InventedConflict.extract("Kesta has been rebuilt since the spring of 2021. Southian drones struck the"
                + " town again in October of that year.", "2023-06-01")).extracting(e -> e.date().start())
                .contains(LocalDate.of(2021, 10, 1));
    }

    @Test
    void aWeekdayBeforeAMonthsPossessiveKeepsItsDay() {
        assertThat(InventedConflict.extract("A Southian drone hit a bus in Amberly on Saturday in May's deadliest attack so"
                + " far, killing five passengers.", "2023-05-22")).anyMatch(e -> e.date().precision() == DatePrecision.DAY
                        && e.date().start().equals(LocalDate.of(2023, 5, 20)));
    }
}
