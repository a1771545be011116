package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Tolls that count civilians among the dead, tolls a party tells after the fighting, accords told beside the fight that
 * broke them, and places listed each with its own day, on an invented conflict.
 */
class TollsAndListsWordingTest {
    private static List<Event> extract(String text) {
        return InventedConflict.extract(text, "2024-03-01");
    }

    @Test
    void civiliansCountedAmongAFightsDeadDoNotMakeAnAttackOnCivilians() {
        assertThat(extract("Northian and Southian troops fought near Kesta on 14 May 2023. The health ministry now counts"
                + " 36 dead, among them civilians, and more than 180 wounded."))
                .noneMatch(e -> e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(extract("On 14 May 2023 officials said at least 27 people had been killed since the morning, two of"
                + " them civilians."))
                .noneMatch(e -> e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void civiliansAsTheWholeOfTheDeadStillMakeAnAttack() {
        assertThat(extract("On 14 May 2023 Southian soldiers opened fire on farmers near Kesta; two civilians were killed."))
                .anyMatch(e -> e.subEventType() == SubEventType.ATTACK);
    }

    @Test
    void aBlastToldAfterTheDaysTollIsItsOwnEvent() {
        List<Event> events = extract("On 14 May 2023 the ombudsman said at least 27 people had been killed across Greyvale."
                + " Later the same day two landmine blasts on roads near Tarn killed four police officers.");
        assertThat(events).anyMatch(e -> e.subEventType() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void anAccordAndTheFightingToldAfterItWithThoughAreTwoActs() {
        List<Event> events = extract("The foreign ministers spoke by telephone on the evening of 29 April 2023 and agreed"
                + " a ceasefire, though sporadic firing was reported near Kesta the next day.");
        assertThat(events).anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT
                && e.date().start().equals(LocalDate.of(2023, 4, 29)));
        assertThat(events).anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH
                && e.date().start().equals(LocalDate.of(2023, 4, 30)));
    }

    @Test
    void anAccordFollowedByTheDayItsFightKilledIsStillAnAccord() {
        assertThat(extract("The incident followed weeks of calm after the two sides agreed a ceasefire on 16 November 2023,"
                + " when at least seven Southian soldiers were killed in the worst fighting in years."))
                .anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT)
                .anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }

    @Test
    void placesListedEachBeforeItsOwnDayKeepTheirDays() {
        List<Event> handovers = extract("The officials recalled that under the accord of 10 November 2023 the Kesta district"
                + " was returned on 20 November, the Lorva district on 25 November and Amberly on 1 December 2023.")
                .stream().filter(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY).toList();
        assertThat(handovers).extracting(e -> e.primaryLocation().name() + " " + e.date().start())
                .containsExactlyInAnyOrder("Kesta 2023-11-20", "Lorva 2023-11-25", "Amberly 2023-12-01");
    }

    @Test
    void aWeekdayWithItsDateInBracketsIsThatDate() {
        assertThat(InventedConflict.extract("Residents of Kesta left their homes on Thursday (25 Aug), officials said.",
                "2022-09-02"))
                .anyMatch(e -> e.date().start().equals(LocalDate.of(2022, 8, 25)))
                .noneMatch(e -> e.date().start().equals(LocalDate.of(2022, 9, 1)));
    }

    @Test
    void aTollToldLaterWithAVerbOfSpeechJoinsThePlacelessFightItCounts() {
        List<Event> fights = extract("Fighting along the border continued through 13 and 14 September 2023.\n\n"
                + "On 15 September the ministry said that 105 soldiers had been killed.")
                .stream().filter(e -> e.eventType() == EventType.BATTLES).toList();
        assertThat(fights).hasSize(1);
        assertThat(fights.get(0).fatalities().best()).isEqualTo(105);
    }

    @Test
    void aTollJoinsAFightOfItsOwnTypeNotAShellingBeforeIt() {
        List<Event> events = extract("Southian guns shelled Kesta and Lorva on 13 September 2023.\n\n"
                + "On 14 September Northia's ministry said that 105 soldiers had been killed.");
        assertThat(events).filteredOn(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .allMatch(e -> !e.fatalities().known() || e.fatalities().best() == 0);
    }
}
