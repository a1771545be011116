package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Posts stamped with a month's name, denials of the strike just told and accusations of provocation, days that end a
 * state, and wishes, on an invented conflict.
 */
class ForumPostsAndDenialsWordingTest {

    @Test
    void aPostStampedWithItsMonthsNameAndClockIsThePostsToday() {
        List<Event> events = InventedConflict.extractRaw("Thread: border news\n\n#4  hillwalker   Member\nFri Apr 19, 2024 23:48\n\n"
                + "The border commissions met today and agreed the line on the Kesta section.\n", "2024-06-12");
        assertThat(events).isNotEmpty().allMatch(e -> e.date().start().equals(LocalDate.of(2024, 4, 19)));
    }

    @Test
    void aDenialOfTheStrikeJustToldIsThatStrikesDenial() {
        List<Event> events = InventedConflict.extract("On 11 May 2023, according to Southia, a missile launched from Northia hit"
                + " apartment blocks in Kesta, killing civilians. Northia's defence ministry denied firing on Kesta.", "2023-05-20");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
            assertThat(e.claims()).anyMatch(c -> c.stance() == Stance.DENIES);
        });
    }

    @Test
    void theDeniersSideIsTheAccusedAttackerNotTheSpeakersOwn() {
        assertThat(InventedConflict.extract("Rockets hit Kesta on 11 May, Northia said. Southia denied firing on Kesta.", "2023-05-12"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor1()).isEqualTo("Military Forces of Southia");
                    assertThat(e.actor2()).isEqualTo("Military Forces of Northia");
                });
    }

    @Test
    void aMinistryAccusingTheOtherSideOfAProvocationItDroveBackTellsAFight() {
        assertThat(InventedConflict.extract("Southia's defence ministry accuses Northian units of a major provocation in the Kesta"
                + " area on 16 May 2023, and says its troops drove them back.", "2023-05-17"))
                .anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }

    @Test
    void aDayThatEndsAStateNamedInPassingDoesNotDateTheAct() {
        assertThat(InventedConflict.extract("Mr Vell, the region's leader until 1 September 2023, was arrested on 3 October 2023"
                + " in Kesta by the security service.", "2023-10-20"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 10, 3)));
    }

    @Test
    void anAccordHopedForIsNoAccord() {
        assertThat(InventedConflict.extract("We remain committed to supporting a lasting and dignified peace between Northia"
                + " and Southia, and we hope a peace agreement can be concluded in 2024.", "2024-01-18"))
                .noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
    }
}
