package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An accord named by the war it ended takes the war's date, unless the sentence gives the accord a day. On an invented conflict. */
class AccordDatedByItsWarWordingTest {

    @Test
    void aTruceNamedByItsWarAloneTakesTheWarsDate() {
        assertThat(InventedConflict.extract("A truce that ended the 2019 war was brokered by Westmark.",
                "2023-05-20")).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start().getYear()).containsExactly(2019);
    }

    @Test
    void aDayAfterTheWarDatesTheTruceItself() {
        assertThat(InventedConflict.extract("The defence chiefs agreed the truce that ended the May war on 9 May 2023.",
                "2023-05-20")).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 9));
    }
}
