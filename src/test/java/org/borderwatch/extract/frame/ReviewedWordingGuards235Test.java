package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review of the rules-2.35 changes found made worse (a threat read as a reminder, months of a span
 * or of a relative clause, breaches reported rather than accords reached, provocations in the political sense, people
 * taken or leaving in other senses), on an invented conflict; each guard failed against the reviewed build.
 */
class ReviewedWordingGuards235Test {
    private static final String SATURDAY = "2023-05-06";

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, SATURDAY).stream().map(Event::subEventType).toList();
    }

    @Test
    void aThreatToRepeatStrikesIsNoReminder() {
        assertThat(types("Southia said on Friday it would repeat the strikes on Riverton.")).isEmpty();
    }

    @Test
    void theMonthOfARelativeClauseOrOfASpanIsNoActOfItsOwn() {
        assertThat(InventedConflict.extract("Southian troops, who arrived in April, shelled Kesta, and killed two soldiers"
                + " there on 3 May.", SATURDAY)).extracting(e -> e.date().start()).doesNotContain(LocalDate.of(2023, 4, 1));
        assertThat(InventedConflict.extract("Southian forces have shelled Kesta almost daily since April, and killed two"
                + " civilians on 3 May.", SATURDAY)).extracting(e -> e.date().start()).doesNotContain(LocalDate.of(2023, 4, 1));
    }

    @Test
    void aBreachReportedOrSeenIsNoAccordReached() {
        assertThat(types("The Northian Ministry of Defence announced the ceasefire was violated near Kesta on Thursday."))
                .doesNotContain(SubEventType.AGREEMENT);
        assertThat(types("Monitors saw signs that the truce was broken near Lorva overnight."))
                .doesNotContain(SubEventType.AGREEMENT);
        assertThat(types("Southia declared that the ceasefire was breached by Northian forces near Tarn on Wednesday."))
                .doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void aChronologysAnnouncedCeasefireKeepsItsAccordBesideTheBreach() {
        assertThat(types("2 May: Westmark announces the ceasefire; violated on 3 May near Riverton."))
                .contains(SubEventType.AGREEMENT);
    }

    @Test
    void aProvocationInThePoliticalSenseOrDeniedOutrightIsNoFight() {
        assertThat(types("Southia committed a provocation by holding a parade in Tarn, the Northian foreign ministry said on"
                + " Friday.")).isEmpty();
        assertThat(types("Southian newspapers on Thursday carried a provocation from the opposition leader, who called for"
                + " marches to Kesta.")).isEmpty();
        assertThat(InventedConflict.extract("Northia says it has committed no provocations near Lorva and accuses Southia of"
                + " shelling Kesta on Thursday.", SATURDAY)).extracting(Event::eventType)
                .doesNotContain(EventType.BATTLES);
    }

    @Test
    void woundedSoldiersTakenByCarLeaveTheShellingAShelling() {
        assertThat(types("Two wounded soldiers were taken by car to hospital in Amberly after the shelling of Kesta on"
                + " Thursday.")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void troopsOrMonitorsWhoLeftAndFlightsThatResumedAreNoDisplacement() {
        assertThat(types("Residents of Lorva said the Westmark monitors had left the area on Thursday."))
                .doesNotContain(SubEventType.OTHER);
        assertThat(types("Villagers in Pellin say the troops have left and that the road to Riverton reopened on Thursday."))
                .doesNotContain(SubEventType.OTHER);
        assertThat(types("Departures from the port of Southbridge went ahead as scheduled on Friday despite the strike."))
                .isEmpty();
    }
}
