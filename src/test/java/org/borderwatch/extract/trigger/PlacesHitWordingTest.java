package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Places a strike reached, told by a participle after them, on an invented conflict. */
class PlacesHitWordingTest {

    @Test
    void placesNamedAmongThePlacesHitAreEachAStrike() {
        String text = "On 13 May 2023 the Northian ministry named Kesta, Lorva and Amberly among the places hit.";
        assertThat(InventedConflict.extract(text, "2023-05-14")).extracting(Event::subEventType)
                .containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.placeNames(InventedConflict.extract(text, "2023-05-14")))
                .containsExactlyInAnyOrder("Kesta", "Lorva", "Amberly");
    }

    @Test
    void villagesHitByTheFightingAreNoStrike() {
        assertThat(InventedConflict.extract("On 13 May 2023 peacekeepers evacuated 500 residents from villages hit by the"
                + " fighting near Kesta.", "2023-05-14")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}
