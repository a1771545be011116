package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a review of rules-2.32's changes found them to code worse (a toll of none after a dateline, people moved out
 * after shelling, floods, a placeless strike its denial moved to the denying capital, a weekday opening a clause of its
 * own), on an invented conflict. Each fails on the reviewed build; all but the denial (which placed a second strike at
 * the capital in both builds) held before those changes.
 */
class ReviewedWordingGuards232Test {
    @Test
    void noCasualtiesAfterADatelineIsTheActsTollNotAnAbsence() {
        List<Event> events = InventedConflict.extractRaw("KESTA, 13.12 (Agency) - No casualties were reported after Southian"
                + " forces shelled Lorva.", "2022-12-14");
        assertThat(events).extracting(Event::eventType).containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void peopleMovedOutAfterShellingKeepTheShelling() {
        List<Event> events = InventedConflict.extractRaw(
                "Authorities are moving people out of Dunmore after shelling on 14 September.", "2022-09-20");
        assertThat(events).anyMatch(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void peopleDrivenOutByFloodsAreNoConflictEvent() {
        assertThat(InventedConflict.extractRaw("Floods forced hundreds of families from their homes in the Lowlands on"
                + " 14 September.", "2022-09-20")).isEmpty();
        assertThat(InventedConflict.extractRaw("Authorities in Riverton are moving people out of flooded streets on"
                + " 15 September.", "2022-09-20")).isEmpty();
    }

    @Test
    void aDenialDoesNotMoveAPlacelessStrikeToTheDenyingCapital() {
        List<Event> events = InventedConflict.extractRaw(
                "A drone struck the mosque on 16 September; Southbridge denies targeting civilians.", "2022-09-20");
        assertThat(events).isNotEmpty().flatExtracting(Event::locations).extracting(Location::name)
                .doesNotContain("Southbridge");
    }

    @Test
    void aWeekdayOpeningAClauseOfItsOwnIsOfThePublicationsWeek() {
        List<Event> events = InventedConflict.extractRaw("On 14 September the ministry published its report, and on Friday"
                + " Southian troops shelled Pellin, killing one.", "2022-09-28");
        assertThat(events).extracting(e -> e.date().start()).contains(LocalDate.of(2022, 9, 23))
                .doesNotContain(LocalDate.of(2022, 9, 16));
    }
}
