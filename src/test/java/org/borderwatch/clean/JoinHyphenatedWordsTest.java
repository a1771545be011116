package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoinHyphenatedWordsTest {
    private final JoinHyphenatedWords step = new JoinHyphenatedWords();

    @Test
    void wordsSplitAtLineEndsAreJoined() {
        assertThat(StepRunner.run(step, "the post was attac-\nked at night")).isEqualTo("the post was attacked at night");
    }

    @Test
    void aCapitalAfterTheBreakMeansARealHyphen() {
        assertThat(StepRunner.run(step, "in Upper-\nValley region")).isEqualTo("in Upper-Valley region");
    }

    @Test
    void aHyphenatedFormUsedElsewhereKeepsItsHyphen() {
        assertThat(StepRunner.run(step, "a cease-\nfire, then another cease-fire"))
                .isEqualTo("a cease-fire, then another cease-fire");
    }

    @Test
    void dashesAndHyphensInsideLinesAreUntouched() {
        String raw = "the north–south road\nand a self-styled group –\nthen more";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
