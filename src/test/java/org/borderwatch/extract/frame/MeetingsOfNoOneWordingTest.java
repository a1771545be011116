package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Meetings a sentence tells without saying who met or where, on an invented conflict: no event is coded for them. */
class MeetingsOfNoOneWordingTest {

    @Test
    void aMeetingOfNoOneNamedIsNoEvent() {
        assertThat(InventedConflict.extract("The session on 4 May 2023 began at 3 p.m. and ended at 5:20 p.m.", "2023-05-05"))
                .isEmpty();
        assertThat(InventedConflict.extract("Talks were held on 4 May 2023 behind closed doors.", "2023-05-05")).isEmpty();
    }

    @Test
    void aMeetingNamingWhoMetOrWhereIsKept() {
        assertThat(InventedConflict.extract("The foreign ministers of Northia and Southia met on 4 May 2023.", "2023-05-05"))
                .hasSize(1);
        assertThat(InventedConflict.extract("Talks were held in Westholm on 4 May 2023 behind closed doors.", "2023-05-05"))
                .hasSize(1);
    }
}
