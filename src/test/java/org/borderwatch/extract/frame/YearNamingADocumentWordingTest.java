package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A year set before a treaty names the treaty, not the day of the act that invokes it, on an invented conflict. */
class YearNamingADocumentWordingTest {
    @Test
    void anAppealInvokingAnOldTreatyIsAnActOfTheStorysDay() {
        String story = "NORTHPORT, May 4 (Wire) - Southian guns shelled Kesta before dawn on Thursday, the Northian ministry said.\n\n"
                + "Within hours Northport had formally invoked its 1997 treaty of mutual assistance with Westmark and appealed"
                + " to the alliance for help.";
        assertThat(InventedConflict.extractRaw(story, "2023-05-04")).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .isNotEmpty().allMatch(e -> e.date().start().equals(LocalDate.of(2023, 5, 4)));
    }
}
