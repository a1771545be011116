package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A quote's line to the press given by phone, beside a call between parties, on an invented conflict. */
class PressLinesByPhoneWordingTest {

    @Test
    void aQuoteToldOrSaidByPhoneIsNoCall() {
        assertThat(InventedConflict.extract("\"The night was quiet,\" a Southian border spokesman told Westholm Radio by"
                + " phone on 3 May 2025.", "2025-05-10")).isEmpty();
        assertThat(InventedConflict.extract("\"We have no bread left,\" a doctor in Kesta said by telephone on 3 May 2025.",
                "2025-05-10")).noneMatch(e -> e.subEventType() == SubEventType.OTHER);
    }

    @Test
    void sourcesThePressReachedByPhoneHoldNoCall() {
        assertThat(InventedConflict.extract("Residents of Kesta reached by Westholm Radio by telephone on 3 May 2025 said the"
                + " night had been quiet.", "2025-05-10")).noneMatch(e -> e.subEventType() == SubEventType.OTHER);
    }

    @Test
    void aLeaderWhoSaysHeSpokeByPhoneReportsACall() {
        assertThat(InventedConflict.extract("The Northian president said he had spoken by telephone with the Southian"
                + " president on 3 May 2025.", "2025-05-10")).extracting(e -> e.subEventType()).contains(SubEventType.OTHER);
    }
}
