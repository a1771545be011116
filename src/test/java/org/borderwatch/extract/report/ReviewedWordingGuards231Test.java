package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a review of rules-2.31's changes found them to code worse (a running toll beside the act's own dead, a
 * person before an animal, an anniversary of a liberation, a weekday before a day in figures, things received and
 * prices cut, a chronology's dashed places), on an invented conflict: each held before those changes and must hold
 * after.
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
}
