package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Villagers fighting with stones, and a chronology flattened out of a PDF, on an invented conflict. */
class StoneThrowingWordingTest {

    @Test
    void villagersWhoFoughtWithStonesRiotedRatherThanFought() {
        assertThat(InventedConflict.extract("In June 2015 residents of Kesta and Lorva fought with stones over a new road.",
                "2016-01-10")).extracting(Event::subEventType).isNotEmpty().containsOnly(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void villagersWhoHurledStonesAtEachOtherRioted() {
        assertThat(InventedConflict.extract("On 3 May 2023 residents of Kesta and Lorva hurled stones at each other over a"
                + " water pump.", "2023-05-20")).extracting(Event::subEventType).isNotEmpty().containsOnly(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void aQuarrelThatLedToStoneThrowingIsAnEventNotAnInfinitive() {
        assertThat(InventedConflict.extract("On 3 May 2023 a quarrel over a water pump led to stone-throwing between"
                + " residents of Kesta and Lorva.", "2023-05-20"))
                .extracting(Event::subEventType).isNotEmpty().containsOnly(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void aPlainNoteNumberGluedToAStopEndsTheEntryBeforeTheNextDay() {
        String chronology = "Incidents\n\n"
                + "Border guards of the two states have clashed many times since the border was drawn, and the\n"
                + "chronology below lists the incidents the press reported in the years before the treaty:\n"
                + "2-5 August 2024 - the heaviest fighting to date, in the Highlands, with tanks\n"
                + "and drones; more than 12 people were killed.20\n"
                + "4 August 2024 - a ceasefire was agreed by the two security chiefs.\n";
        assertThat(InventedConflict.extractRaw(chronology, "2025-01-10"))
                .filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2024, 8, 4));
    }
}
