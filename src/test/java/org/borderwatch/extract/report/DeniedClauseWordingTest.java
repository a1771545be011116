package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An act told, then denied in a clause of its own: one act, the denial its answer. */
class DeniedClauseWordingTest {
    @Test
    void aClauseThatDeniesTheActToldBeforeItIsNoSecondAct() {
        List<Event> events = InventedConflict.extractRaw("In Lorva, Northian officials say, a Southian drone struck the mosque"
                + " on 16 September while people were inside; Southbridge denies targeting civilians.", "2022-09-20");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
            assertThat(e.locations()).extracting(Location::name).containsExactly("Lorva");
        });
    }

    @Test
    void theDeniedWordsDoNotRetypeTheActTold() {
        List<Event> events = InventedConflict.extractRaw("Northian officials said Southian forces had burned most of the"
                + " houses in Kesta on 3 May; Southia denied targeting civilians.", "2022-05-10");
        assertThat(events).extracting(Event::subEventType).containsOnly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void aDenialOfTheActInAThatClauseIsNoSecondAct() {
        List<Event> events = InventedConflict.extractRaw("The Northian authorities say that Southian forces entered several"
                + " villages near Kesta on 16 September and set houses on fire; the Southian authorities deny that their"
                + " forces targeted civilian property.", "2022-09-20");
        assertThat(events).extracting(Event::subEventType).containsOnly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void aLaterDenialOfABlockadeToldBeforeIsThatBlockadesDenialNotANewReport() {
        List<Event> events = InventedConflict.extractRaw("Since 12 December, Southian activists have blocked the road between"
                + " Kesta and Lorva, the Northian ministry said.\n\nThe monitors visited Dunmore on Monday.\n\n"
                + "Southia denies that the road is blocked.\n", "2022-12-20");
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.claims()).extracting(c -> c.stance())
                .contains(org.borderwatch.domain.Stance.DENIES));
    }

    @Test
    void aDenialOfAnActOfAnotherKindStaysItsOwnReport() {
        List<Event> events = InventedConflict.extractRaw("On 14 September Northian police detained two Southian"
                + " traders at the Kesta market. Southia denies that its troops crossed the border near Lorva on 14 September.",
                "2022-09-16");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARRESTS,
                SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }
}
