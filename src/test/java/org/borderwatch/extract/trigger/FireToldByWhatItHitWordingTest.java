package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Fire told by what it hit, on an invented conflict. */
class FireToldByWhatItHitWordingTest {

    @Test
    void fireThatHitArmyPostsIsAFight() {
        assertThat(InventedConflict.extract("On 11 May 2023 Southian fire hit the army posts above Kesta.", "2023-06-01"))
                .extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void fireThatHitATownsOutskirtsIsAStrikeFromAfar() {
        assertThat(InventedConflict.extract("On 13 September 2022 Southian fire hit the outskirts of Lorva.", "2023-06-01"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}
