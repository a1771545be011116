package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Acts in the wording of a machine translation, a ministry's note or a local paper, on an invented conflict: each
 * sentence names its act in words the older lexicon did not know.
 */
class TranslatedAndPlainWordingTest {
    private static List<Event> extract(String text) {
        return InventedConflict.extract(text, "2024-03-01");
    }

    @Test
    void aCeasefireViolatedWithoutAnArticleIsAFightNotAnAccord() {
        assertThat(extract("As informs the ministry, starting from Sunday 12 May 2023 the subdivisions of Southia,"
                + " roughly violating ceasefire regime, tried to attack our positions in Kesta direction."))
                .noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT)
                .anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }

    @Test
    void aDroneNamedAtLengthThatStruckIsADroneStrike() {
        assertThat(extract("On 16 May 2023 an unmanned aerial vehicle \"Falcon-2\" of the Southian armed forces struck"
                + " the mosque of the village of Kesta."))
                .anyMatch(e -> e.subEventType() == SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void anArmedConfrontationIsAFight() {
        assertThat(extract("On 14 May 2023 the armed confrontation between the military of Northia and Southia took place"
                + " near Kesta."))
                .anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }

    @Test
    void aTruckThatDroveOntoAMineMetAMineBlast() {
        assertThat(extract("On 4 June 2023 three journalists were killed near Kesta when their truck drove onto an"
                + " anti-tank mine."))
                .anyMatch(e -> e.subEventType() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void crowdsWhoHurledRocksRioted() {
        assertThat(extract("On 28 April 2023 crowds from Kesta and Tarn gathered and hurled rocks at one another for"
                + " several hours."))
                .anyMatch(e -> e.subEventType() == SubEventType.MOB_VIOLENCE);
    }

    @Test
    void peopleMovedOutOfAZoneWereEvacuated() {
        assertThat(extract("Between 29 April and 1 May 2023 the Northian authorities moved some 58,000 people out of the"
                + " border zone of the Highlands province."))
                .anyMatch(e -> e.subEventType() == SubEventType.OTHER);
    }

    @Test
    void anAccordThatEnteredIntoForceTookNoGround() {
        assertThat(extract("\"Since the agreement entered into force on 20 May 2023, the peacekeepers have registered no"
                + " violations of the ceasefire,\" the bulletin said."))
                .noneMatch(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }
}
