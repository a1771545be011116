package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropRunningHeadersTest {
    private final DropRunningHeaders step = new DropRunningHeaders();

    @Test
    void aLineOnEveryPageGoes() {
        String raw = "Valley Policy Paper\nFirst page text.\nValley Policy Paper\nSecond page text.\nValley Policy Paper\nThird.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("First page text.\nSecond page text.\nThird.");
    }

    @Test
    void headingsUsedTwiceAndRepeatedSentencesStay() {
        String raw = "Timeline\nA.\nTimeline\nNo comment.\nNo comment.\nNo comment.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void monthHeadingsOfDifferentYearsStay() {
        String raw = "September 2021\na.\nSeptember 2022\nb.\nSeptember 2023\nc.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
