package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnwrapWikiHeadingsTest {
    private final UnwrapWikiHeadings step = new UnwrapWikiHeadings();

    @Test
    void equalsSignsAroundATitleGoAndItsEditLinkStays() {
        assertThat(StepRunner.run(step, "== Background ==[edit]\n=== June ===\nText follows."))
                .isEqualTo("Background[edit]\nJune\nText follows.");
    }

    @Test
    void aLineOfBoldMarkupKeepsItsWords() {
        assertThat(StepRunner.run(step, "'''2019'''\n* 3 May – shots near Kesta.")).isEqualTo("2019\n* 3 May – shots near Kesta.");
    }

    @Test
    void equalsSignsInsideALineStay() {
        String raw = "The ratio was 2 == 2 and x = y.\n== unbalanced ===";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
