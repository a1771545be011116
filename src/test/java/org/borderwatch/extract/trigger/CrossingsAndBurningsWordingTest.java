package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Crossings, blocked roads, people moved away, operations begun and homes set alight, on an invented conflict. */
class CrossingsAndBurningsWordingTest {

    @Test
    void unitsThatMovedKilometresBeyondTheLineCrossedIt() {
        assertThat(InventedConflict.extract("On 12 May 2021 Northia said Southian units had moved about 3.5 kilometres"
                + " beyond the border line near Kesta.", "2021-05-20")).extracting(Event::subEventType)
                .containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void housesSetAlightWereDestroyed() {
        assertThat(InventedConflict.extract("Northian officials say Southian troops set the houses alight in Lorva between"
                + " 14 and 17 September 2022.", "2022-09-27")).extracting(Event::subEventType)
                .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void housesOfANamedVillageSetAlightWereDestroyed() {
        assertThat(InventedConflict.extract("On 29 April 2021 houses in the village of Lorva were set alight by Southian"
                + " soldiers.", "2021-04-30")).extracting(Event::subEventType)
                .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void aVillageBurnedByTroopsWasDestroyed() {
        assertThat(InventedConflict.extract("On 16 September 2022 the village of Lorva is almost entirely burned by Southian"
                + " forces, officials say.", "2022-09-16")).extracting(Event::subEventType)
                .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void positionsTakenWeeksAfterTheWarAreAnActOfTheirOwn() {
        assertThat(InventedConflict.extract("In December 2020, a few weeks after the war, Southian troops took up positions"
                + " in the upper half of Lorva.", "2024-05-01")).extracting(Event::subEventType)
                .containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("Those were the worst clashes along the border since a six-week war in 2020 that"
                + " claimed more than 6,500 lives.", "2021-11-17")).extracting(Event::date).extracting(d -> d.start().getYear())
                .doesNotContain(2020);
    }

    @Test
    void villagersBlockingARoadAndResidentsMovedAway() {
        assertThat(InventedConflict.extract("The movement began with villagers in Kesta blocking the interstate road on"
                + " 24 April 2024.", "2024-05-10")).extracting(Event::eventType).containsExactly(EventType.PROTESTS);
        assertThat(InventedConflict.extract("On 27 January 2022 local authorities moved about 1,200 residents of Kesta to safe"
                + " places.", "2022-01-31")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void anOperationASideSaysItHasBegunIsAnAssault() {
        assertThat(InventedConflict.extract("On 19 September 2023 Southia's defence ministry said it has begun \"local"
                + " anti-terrorist measures\" in Kesta.", "2023-09-20")).extracting(Event::eventType)
                .containsExactly(EventType.BATTLES);
    }

    @Test
    void groundTakenWithoutAnyFightingIsAHandOverNotABattle() {
        assertThat(InventedConflict.extract("Southian units took over Riverton and the villages of Pellin and Tarn on 26 August"
                + " 2022, without any fighting being reported.", "2022-09-01")).extracting(Event::subEventType)
                .containsOnly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }
}
