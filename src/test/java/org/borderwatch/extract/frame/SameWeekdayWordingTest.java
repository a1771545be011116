package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** "On the same Friday" is the Friday the story told, not the Friday before publication, on an invented conflict. */
class SameWeekdayWordingTest {
    @Test
    void theSameWeekdayIsTheDayTheStoryReached() {
        String feature = "Three weeks on\n\nNeighbours in Kesta said Southian shells hit their street on 16 September 2022.\n\n"
                + "On the same Friday, hundreds of families from Kesta and Lorva left for Amberly on tractors and on foot.";
        assertThat(InventedConflict.extractRaw(feature, "2022-10-04")).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .isNotEmpty().allMatch(e -> e.date().start().equals(LocalDate.of(2022, 9, 16)));
    }
}
