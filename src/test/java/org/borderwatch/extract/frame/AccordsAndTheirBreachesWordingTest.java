package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An accord told as reached in the same breath as its breach is two acts; an accord only named is none. */
class AccordsAndTheirBreachesWordingTest {
    private static final String PUBLISHED = "2023-05-06";

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, PUBLISHED).stream().map(Event::subEventType).toList();
    }

    @Test
    void aChronologysAccordAndItsBreachAfterASemicolonAreTwoActs() {
        assertThat(types("4 May 2023 | The defence ministers of Northia and Southia agree a ceasefire; violated overnight."))
                .containsExactlyInAnyOrder(SubEventType.AGREEMENT, SubEventType.ARMED_CLASH);
    }

    @Test
    void aTruceAgreedAndBrokenTheSameDayIsTheAccordAndTheFight() {
        assertThat(types("A truce agreed yesterday was broken within hours near Kesta, Northian officials said."))
                .containsExactlyInAnyOrder(SubEventType.AGREEMENT, SubEventType.ARMED_CLASH);
    }

    @Test
    void aTruceOnlyNamedInItsBreachIsNoAccordOfTheDay() {
        assertThat(types("On 4 May 2023 the 2020 truce was violated near Kesta, Northian officials said."))
                .doesNotContain(SubEventType.AGREEMENT);
    }
}
