package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Fire traded between posts is a fight whatever the guns, on an invented conflict. */
class TradedFireWordingTest {
    @Test
    void guardsWhoTradedRifleAndMortarFireFought() {
        assertThat(InventedConflict.extract("On 11 January 2023 Northian and Southian guards traded rifle and mortar fire near"
                + " Kesta.", "2023-05-04")).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH));
    }

    @Test
    void mortarFireTradedByGuardsIsAFightToo() {
        assertThat(InventedConflict.extract("On 12 January 2023 rifle and mortar fire was traded by border guards near Lorva.",
                "2023-05-04")).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH));
    }

    @Test
    void mortarFireOnAVillageIsStillAShelling() {
        assertThat(InventedConflict.extract("On 12 January 2023 Southian troops opened mortar fire on Lorva.", "2023-05-04"))
                .singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE));
    }
}
