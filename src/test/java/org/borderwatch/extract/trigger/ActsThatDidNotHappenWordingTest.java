package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Meetings called off or put off, and acts that only cannot be ruled out, on an invented conflict. */
class ActsThatDidNotHappenWordingTest {

    @Test
    void aMeetingCalledOffOrPostponedDidNotTakePlace() {
        assertThat(InventedConflict.extract("A meeting of the two presidents planned for Westholm on 5 October 2023 was"
                + " called off.", "2023-10-06")).isEmpty();
        assertThat(InventedConflict.extract("Talks between Northia and Southia in Westholm set for 5 October 2023 were"
                + " postponed.", "2023-10-06")).isEmpty();
    }

    @Test
    void aCancelledMeetingNamedSoBeforeItDidNotTakePlaceEither() {
        assertThat(InventedConflict.extract("The cancelled meeting of the presidents in Westholm on 5 October 2023 was to"
                + " settle the border.", "2023-10-06")).isEmpty();
    }

    @Test
    void evacuationsThatCannotBeRuledOutHaveNotHappened() {
        assertThat(InventedConflict.extract("On 5 October 2023 the Northian minister said further evacuations from Kesta"
                + " could not be ruled out.", "2023-10-06")).isEmpty();
    }

    @Test
    void aMeetingHeldAsPlannedStillHappened() {
        assertThat(InventedConflict.extract("The presidents of Northia and Southia met in Westholm on 5 October 2023 as"
                + " planned.", "2023-10-06")).hasSize(1);
    }
}
