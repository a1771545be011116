package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Words that go on in the day a feature last told rather than count from publication, on an invented conflict: "By
 * nightfall", "On the same Friday".
 */
class DayOfTheStoryWordingTest {
    private static void assertDated(String feature, String published, SubEventType type, LocalDate day) {
        assertThat(InventedConflict.extractRaw(feature, published)).filteredOn(e -> e.subEventType() == type)
                .isNotEmpty().allMatch(e -> e.date().start().equals(day));
    }

    @Test
    void anAccordReachedByNightfallIsOfTheDayJustTold() {
        assertDated("A year on, Kesta remembers\n\nOn the afternoon of 29 April 2021, as fighting spread along the border,"
                + " Southian guns shelled Kesta.\n\nBy nightfall the two governments had agreed to cease fire.", "2022-04-20",
                SubEventType.AGREEMENT, LocalDate.of(2021, 4, 29));
    }

    @Test
    void theSameWeekdayIsTheDayTheStoryReached() {
        assertDated("Three weeks on\n\nNeighbours in Kesta said Southian shells hit their street on 16 September 2022.\n\n"
                + "On the same Friday, hundreds of families from Kesta and Lorva left for Amberly on tractors and on foot.",
                "2022-10-04", SubEventType.OTHER, LocalDate.of(2022, 9, 16));
    }
}
