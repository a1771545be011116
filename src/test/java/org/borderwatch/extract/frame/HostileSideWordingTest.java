package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A side's bulletin that names the other side only as "the adversary", on an invented conflict. */
class HostileSideWordingTest {

    @Test
    void theAdversaryThatFiredOnNorthianPositionsIsSouthia() {
        assertThat(InventedConflict.extract("On 3 May 2023 the adversary opened fire at Northian military positions near Kesta.",
                "2023-05-04")).singleElement().satisfies(e -> {
                    assertThat(e.actor1()).isEqualTo("Military Forces of Southia");
                    assertThat(e.actor2()).isEqualTo("Military Forces of Northia");
                });
    }

    @Test
    void theEnemysPositionsShelledByNamedUnitsKeepTheirShooter() {
        // the enemy here is what was hit, and "by" names who fired
        assertThat(InventedConflict.extract("On 3 May 2023 the enemy's positions near Kesta were shelled by Northian"
                + " military units.", "2023-05-04")).extracting(Event::actor1).containsExactly("Military Forces of Northia");
    }

    @Test
    void aNamedShooterStaysTheShooter() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian units opened fire at Northian military positions near Kesta.",
                "2023-05-04")).extracting(Event::actor1).containsExactly("Military Forces of Southia");
    }
}
