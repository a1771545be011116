package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings two reviews of rules-2.31's changes found them to code worse (a running toll beside the act's own dead, a
 * person before an animal, an anniversary of a liberation, a weekday before a day in figures, things received and
 * prices cut, a chronology's dashed places; a labour strike, a post "Posted by" a name, a part of the day before a
 * date a noun owns, a lone label inside an agenda), on an invented conflict: each held before those changes and must
 * hold after.
 */
class ReviewedWordingGuards231Test {
    private static final String PUBLISHED = "2023-05-10";

    @Test
    void aRunningTollBesideTheActsOwnDeadIsNotTheActs() {
        List<Event> events = InventedConflict.extract("A Northian missile hit Riverton on Saturday, killing four people."
                + " Another strike hit the town on Sunday, killing two more and bringing the death toll from the attacks to 21.",
                "2023-05-16");
        assertThat(events).noneMatch(e -> Integer.valueOf(21).equals(e.fatalities().low()));
    }

    @Test
    void aManFeedingHisCattleWhoWasKilledIsADeath() {
        assertThat(InventedConflict.extract("A man feeding his cattle was killed by a Southian sniper near Kesta on Tuesday.",
                PUBLISHED)).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(1));
    }

    @Test
    void anAnniversaryOfALiberationIsNoRetaking() {
        assertThat(InventedConflict.extract("On Monday, Northians marked the anniversary of the liberation of Kesta.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void aWeekdayBeforeADayInFiguresPicksTheYearItFallsOn() {
        assertThat(InventedConflict.extract("The meeting is on Wednesday 17.05, 18:40 at the town hall of Kesta.", "2023-05-12"))
                .noneMatch(e -> e.date().start().equals(LocalDate.of(2022, 5, 17)));
    }

    @Test
    void aDelegationOrALetterReceivedAndPricesCutAreNoEvents() {
        assertThat(InventedConflict.extract("The hospital in Kesta received a delegation of aid workers on Monday.", PUBLISHED))
                .isEmpty();
        assertThat(InventedConflict.extract("Lorva received the envoy's letter on Monday.", PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("Northia cut power plant subsidies in its budget on Monday.", PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("Southia cut gas prices for households on Monday.", PUBLISHED)).isEmpty();
    }

    @Test
    void aChronologysPlaceBeforeADashIsNoGlossaryTerm() {
        assertThat(InventedConflict.extractRaw("Chronology\n\nKesta - the troops shelled the village.\n\nLorva - a drone"
                + " struck a house.\n", PUBLISHED)).hasSize(2);
    }

    @Test
    void aLabourStrikeIsNoStrikeFromAfar() {
        assertThat(InventedConflict.extract("Teachers in Riverton began a new strike on Tuesday, closing all schools.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void aPostSignedPostedByDateIsTheTodayOfItsLines() {
        assertThat(InventedConflict.extractRaw("Kesta post\nPosted by Dane \u00b7 14 July 2020 at 16:30 \u00b7 Public\nYesterday"
                + " Northian artillery shelled Kesta, wounding three civilians.\n", "2020-10-20")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2020, 7, 13)));
    }

    @Test
    void aPartOfTheDayBeforeADateOwnedByANounNamesNoDate() {
        assertThat(InventedConflict.extract("On Monday evening, 12 October's ceasefire collapsed as Northian artillery shelled"
                + " Kesta.", "2020-10-20")).anyMatch(e -> e.date().start().equals(LocalDate.of(2020, 10, 19)));
    }

    @Test
    void aLoneLabelInsideAnAgendaKeepsItsPlans() {
        assertThat(InventedConflict.extractRaw("Weekly brief\n\nNorthian artillery shelled Kesta on Monday, wounding two.\n\n"
                + "AGENDA\n\nProtest against shelling in Kesta, Thursday.\n\nUPDATE:\n\nProtest in Pellin, Friday.\n", "2020-10-20"))
                .hasSize(1);
    }
}
