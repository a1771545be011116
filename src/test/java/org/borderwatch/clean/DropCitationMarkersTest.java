package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropCitationMarkersTest {
    private final DropCitationMarkers step = new DropCitationMarkers();

    @Test
    void numberedMarkersGo() {
        assertThat(StepRunner.run(step, "Shelling resumed.[4][15] Two died.[7]")).isEqualTo("Shelling resumed. Two died.");
    }

    @Test
    void editorialTagsGo() {
        assertThat(StepRunner.run(step, "The bridge was mined[citation needed] at dawn."))
                .isEqualTo("The bridge was mined at dawn.");
    }

    @Test
    void aPdfsFootnoteFigureAfterAStopGoesButFiguresOfTheTextStay() {
        assertThat(StepRunner.run(step, "Both sides announce that forces will be pulled back.24 16.09.2022 Fighting resumes."))
                .isEqualTo("Both sides announce that forces will be pulled back. 16.09.2022 Fighting resumes.");
        String kept = "Guards fired at 10.30 near Kesta under Art.5 of the statement, version 2.24 of the map.";
        assertThat(StepRunner.run(step, kept)).isEqualTo(kept);
    }

    @Test
    void bracketedWordsOfAQuotationStay() {
        String raw = "He said \"[the army] will stay\".";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
