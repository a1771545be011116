package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A habit told about something the sentence's act concerns, on an invented conflict. */
class HabitInARelativeClauseWordingTest {

    @Test
    void aTreatySignedOnABorderThatRepeatedlyEruptedIsStillSigned() {
        assertThat(InventedConflict.extract("The presidents of Northia and Southia signed a treaty on their common border"
                + " on 3 May 2023, settling a dispute that has repeatedly erupted into deadly fighting.", "2023-05-04"))
                .extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void aHabitOfTheWholeSentenceStaysNoEvent() {
        assertThat(InventedConflict.extract("Southian troops regularly shell Kesta, the Northian ministry says.", "2023-05-04"))
                .isEmpty();
    }

    @Test
    void aColonAfterAHabitOpensItsDatedInstances() {
        assertThat(InventedConflict.extract("In March 2023 the cuts came back often: the water main to Kesta was cut on 4 March,"
                + " and on 19 March 2023 the power line to Lorva was cut again.", "2023-05-04"))
                .extracting(e -> e.date().start().getDayOfMonth()).containsExactlyInAnyOrder(4, 19);
        assertThat(InventedConflict.extract("Cuts come often: the water main to Kesta is cut every week.", "2023-05-04")).isEmpty();
    }
    @Test
    void aSemicolonEndsTheHabitsClause() {
        assertThat(InventedConflict.extract("Southian patrols routinely crossed the line near Kesta in spring; on 9 May 2023"
                + " Northia formally asked Westmark for military assistance.", "2023-05-20"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Southian patrols routinely crossed the line near Kesta and Lorva in spring.",
                "2023-05-20")).isEmpty();
    }
    @Test
    void aHabitAfterASemicolonLeavesTheFirstClausesAct() {
        assertThat(InventedConflict.extract("On 9 May 2023 Northia formally asked Westmark for military assistance;"
                + " Southian patrols routinely cross the line near Kesta.", "2023-05-20"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }
}
