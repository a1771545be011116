package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Ground taken back in the words of the side that took it: "is liberated", "is cleared of the occupiers". */
class RetakingWordingTest {

    @Test
    void aChronologysPlaceLiberatedOrClearedOfOccupiersIsGroundRetaken() {
        List<Event> events = InventedConflict.extractRaw("The road of victory\n\n* 3 October 2020 - Kesta is liberated.\n"
                + "* 4 October 2020 - the town of Lorva is cleared of the occupiers.\n", "2024-09-27");
        assertThat(events).extracting(Event::subEventType).containsOnly(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2020, 10, 3), LocalDate.of(2020, 10, 4));
    }

    @Test
    void groundSaidToHaveBeenRetakenInARelativeClauseIsNoEvent() {
        assertThat(InventedConflict.extract("The area borders the Lorva district that was retaken by Southia after the war"
                + " last year.", "2021-05-20")).isEmpty();
    }
}
