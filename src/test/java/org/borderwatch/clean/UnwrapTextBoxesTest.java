package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

class UnwrapTextBoxesTest {
    private final UnwrapTextBoxes step = new UnwrapTextBoxes();

    @Test
    void aBoxsEntriesBecomeLinesOfTheirOwnWithTheirWrappedPartsJoined() {
        String raw = """
                Before the box.
                +--------------------------------------+
                | TIMELINE                             |
                | 3 May 2021  Troops trade fire near   |
                |             Kesta; two wounded       |
                | 9 May 2021  Ministers meet in Tarn   |
                +--------------------------------------+
                After the box.
                """;
        assertThat(StepRunner.run(step, raw)).isEqualTo("""
                Before the box.
                TIMELINE

                3 May 2021\t\tTroops trade fire near Kesta; two wounded

                9 May 2021\t\tMinisters meet in Tarn

                After the box.
                """);
    }

    @Test
    void aWrappedEntryIndentedTwoSpacesJoinsItsEntry() {
        String raw = """
                +---------------------------------+
                | Nov 9 - Southian forces shoot   |
                |   down a helicopter near Kesta. |
                | Nov 20 - Lorva handed over.     |
                +---------------------------------+
                """;
        assertThat(StepRunner.run(step, raw)).isEqualTo("""
                Nov 9 - Southian forces shoot down a helicopter near Kesta.

                Nov 20 - Lorva handed over.

                """);
    }

    @Test
    void aTablesRowWithBarsBetweenItsCellsIsLeftToTheTableReading() {
        String raw = "| 3 May | Kesta | shelling |\n| 9 May | Tarn | talks |\n";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void aChronologyInABoxIsReadEntryByEntry() {
        assertThat(InventedConflict.extractRaw("""
                Why the talks stall

                The talks stalled again this spring.

                +------------------------------------------+
                | 3 May 2021  Troops trade fire near Kesta |
                | 9 May 2021  Grell and Varo meet in Tarn  |
                +------------------------------------------+
                """, "2023-04-10")).extracting(Event::subEventType)
                .contains(SubEventType.ARMED_CLASH, SubEventType.OTHER);
    }
}
