package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A state told from the month it began, and a second act opened by a date of its own, on an invented conflict. */
class ClausesOpenedByADateWordingTest {

    @Test
    void aClauseAfterCommaAndOpenedByItsOwnDateIsAnotherActOnThatDate() {
        List<Event> events = InventedConflict.extract("Activists blocked the road to Kesta on 2 March, and last month"
                + " the Northian ministry said Southian troops had moved onto heights near Lorva.", "2023-05-12");
        assertThat(events).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.OTHER, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 2)));
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 4, 1)));
    }

    @Test
    void aBlockadeKeptSinceAMonthOpeningTheSentenceBeganThatMonth() {
        assertThat(InventedConflict.extract("Since December, activists have blocked the road to Kesta.", "2023-04-12"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 12, 1)));
    }

    @Test
    void aFightIsNoStateSoSinceAMonthDoesNotDateIt() {
        assertThat(InventedConflict.extract("Since May, Southian troops fired at Kesta.", "2023-04-12")).isEmpty();
    }
    @Test
    void aReportedSecondActOpenedByThatAndItsDateIsItsOwnAccord() {
        List<Event> events = InventedConflict.extract("We note that the ceasefire agreed on the evening of 16 September by"
                + " the two security chiefs has generally held since the weekend, and that on Monday, 19 September, the two"
                + " chiefs signed a protocol on measures to calm the border.", "2022-09-21");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2022, 9, 16), LocalDate.of(2022, 9, 19));
    }
    @Test
    void aListOfDatesEndingInAndIsNotASecondClause() {
        assertThat(InventedConflict.extract("Shelling of Kesta on 3 May, 4 May, and 5 May 2023 damaged forty houses.",
                "2023-05-12")).extracting(Event::subEventType).containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
    @Test
    void aSecondActAfterCommaAndWithADayOfItsOwnIsDatedByThatDay() {
        List<Event> events = InventedConflict.extract("The truce between Northia and Southia was agreed in Kesta on"
                + " 16 September, and a protocol on pulling back troops was signed in Lorva on 19 September.", "2022-09-28");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2022, 9, 16), LocalDate.of(2022, 9, 19));
    }

    @Test
    void aDayTheActWentOnUntilIsNoSecondAct() {
        assertThat(InventedConflict.extract("Southian artillery shelled Kesta on 13 September, and the bombardment went"
                + " on until 14 September.", "2022-09-28")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 9, 13)));
    }

    @Test
    void aClauseOfTwoDaysBeforeTheCommaKeepsBothItsDays() {
        List<Event> events = InventedConflict.extract("The Westmark envoy brought the two leaders together in Kesta on"
                + " 14 May and again on 15 July, and the same leaders met in Lorva on 1 June.", "2023-08-01");
        assertThat(events).extracting(e -> e.date().start()).contains(LocalDate.of(2023, 7, 15));
    }
    @Test
    void aCountAndADayAfterAnActRepeatTheActOnThatDay() {
        List<Event> events = InventedConflict.extract("Ten Northian soldiers were returned by Southia on 4 December 2021,"
                + " and ten more on 19 December.", "2022-05-26");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2021, 12, 4), LocalDate.of(2021, 12, 19));
        assertThat(events).extracting(Event::subEventType).containsOnly(SubEventType.AGREEMENT);
        assertThat(events.get(0).actor1()).isNotBlank();
        assertThat(events).extracting(Event::actor1).containsOnly(events.get(0).actor1());
    }

    @Test
    void aListOfCountsEachWithItsDayIsOneActPerDay() {
        assertThat(InventedConflict.extract("Detainees came home in stages: 15 were returned by Southia on 12 June 2021,"
                + " ten soldiers on 4 December 2021 and ten more on 19 December 2021.", "2022-05-26"))
                .extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2021, 6, 12), LocalDate.of(2021, 12, 4), LocalDate.of(2021, 12, 19));
    }

    @Test
    void aYearAfterACommaIsNoRepeatedAct() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta on 3 May, 2022, and 40 houses were damaged.",
                "2022-05-26")).singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 5, 3)));
    }

    @Test
    void aMonthsActAndADaysActJoinedByAndAreTwoActs() {
        List<Event> events = InventedConflict.extract("In May an exchange of fire near the village killed a soldier, and on the"
                + " morning of 1 September, the ministry said, four servicemen were killed by Southian fire at the positions"
                + " outside Kesta.", "2023-11-10");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 9, 1));
    }

    @Test
    void aDayInsideTheMonthBeforeItIsNoSecondAct() {
        assertThat(InventedConflict.extract("In May Southian troops fired at Kesta, and on 12 May, the ministry said, they"
                + " fired at Kesta again.", "2023-11-10")).extracting(e -> e.date().start())
                .doesNotContain(LocalDate.of(2023, 5, 1));
    }
}
