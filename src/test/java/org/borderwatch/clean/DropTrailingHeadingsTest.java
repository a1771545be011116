package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropTrailingHeadingsTest {
    private final DropTrailingHeadings step = new DropTrailingHeadings();

    @Test
    void headingsAndLabelsAfterTheLastParagraphGo() {
        String raw = "The talks ended.\n\nSee also\n\nReferences\nMaps online:\n";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The talks ended.\n\n\n");
    }

    @Test
    void headingsFollowedByTextStay() {
        String raw = "Background\n\nThe talks ended.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void aTextOfHeadingsOnlyIsLeftAlone() {
        String raw = "Title\nSubtitle";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
