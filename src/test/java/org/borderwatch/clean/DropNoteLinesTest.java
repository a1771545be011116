package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropNoteLinesTest {
    @Test
    void aRunOfNumberedNotesGoes() {
        String raw = "Police dispersed the crowd.[1]\n\nNotes\n[1] Interviews in person, 13-21 June 2024.\n[2] Ministry statement of"
                + " 13 June 2024.\n[3] Police statement, 12 June 2024.";
        assertThat(StepRunner.run(new DropNoteLines(), raw)).isEqualTo("Police dispersed the crowd.[1]\n\nNotes\n");
    }

    @Test
    void notesMarkedWithSuperscriptDigitsGo() {
        assertThat(StepRunner.run(new DropNoteLines(), "Text.\n\u00b9 Interview, Kesta, 3 May.\n\u00b2 Field notes, 4 May."))
                .isEqualTo("Text.\n");
    }

    @Test
    void aSingleBracketedNumberOpeningALineStays() {
        String raw = "[1] Shelling resumed near Kesta on 3 May.\nResidents fled.";
        assertThat(StepRunner.run(new DropNoteLines(), raw)).isEqualTo(raw);
    }
}
