package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** The day in a document's name dates the document's signing, not an act done under it. On an invented conflict. */
class DocumentsDayWordingTest {

    @Test
    void anAppealUnderATreatyIsNotDatedByTheTreatysDay() {
        assertThat(InventedConflict.extract("On 2 March 2026 Southian troops shelled Kesta. The Northian security council"
                + " decided to appeal to the Westmark government"
                + " under the Pact of Mutual Aid of 12 February 1998.", "2026-03-03"))
                .filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .isNotEmpty().allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void theSigningOfATreatyKeepsItsDay() {
        assertThat(InventedConflict.extract("The governments of Northia and Southia signed the Pact of Mutual Aid of"
                + " 12 February 1998 in Westholm.", "2026-03-03"))
                .filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .isNotEmpty().allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(1998, 2, 12)));
    }
}
