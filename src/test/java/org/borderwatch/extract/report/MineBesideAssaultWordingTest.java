package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A mine blast and an assault told in one paragraph of one day, on an invented conflict. */
class MineBesideAssaultWordingTest {

    @Test
    void aMineBlastAndTheSameDaysAssaultAreTwoEvents() {
        assertThat(InventedConflict.extract("On the morning of 19 September 2023, Southia said six of its citizens had been"
                + " killed in two landmine explosions. In the afternoon Southian troops attacked positions of the Greyvale"
                + " Defence Force along the whole line.", "2023-10-01"))
                .extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.ARMED_CLASH);
    }

    @Test
    void theTollToldAfterTheBlastIsTheBlasts() {
        assertThat(InventedConflict.extract("On 4 June 2023 a van carrying a film crew struck an anti-tank mine near Tarn."
                + " Two journalists and a local official were killed.", "2023-06-05"))
                .singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
    }

    @Test
    void harmByAMineOrByMinesLaidThatExplodedIsAMineBlast() {
        assertThat(InventedConflict.extract("On 4 May 2023 a deminer was injured by an anti-personnel mine near Lorva.",
                "2023-05-10")).extracting(Event::subEventType).containsOnly(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(InventedConflict.extract("Two road workers were killed on 3 May 2023 when mines laid by Southian troops"
                + " went off on the Kesta road.", "2023-05-10")).extracting(Event::subEventType)
                .containsOnly(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(InventedConflict.extract("On 4 May 2023 the fields near Lorva were cleared by a mine action team, and"
                + " mines laid by Southian troops were removed from Kesta, but a shell exploded in Amberly.", "2023-05-10"))
                .extracting(Event::subEventType).doesNotContain(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }
}
