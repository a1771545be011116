package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleGuessTest {

    @Test
    void aShortFirstParagraphIsTheTitle() {
        assertThat(TitleGuess.from("Shelling near Kesta\n\nSouthian troops shelled Kesta on Monday.", "kesta.txt"))
                .isEqualTo("Shelling near Kesta");
    }

    @Test
    void aTablesFirstRowIsNoTitleSoTheFileNamesTheReport() {
        assertThat(TitleGuess.from("02.05.2023 | Southian troops shelled Kesta.\n\n03.05.2023 | Drones struck Amberly.",
                "incidents-may.txt")).isEqualTo("incidents-may");
    }
}
