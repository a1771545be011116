package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnwrapMarkdownLinksTest {
    private final UnwrapMarkdownLinks step = new UnwrapMarkdownLinks();

    @Test
    void linkTextStaysSyntaxGoes() {
        assertThat(StepRunner.run(step, "After the [spring truce](#), talks [resumed](https://example.org/x)."))
                .isEqualTo("After the spring truce, talks resumed.");
    }

    @Test
    void escapedParenthesesInsideLinkTextAreUnescaped() {
        assertThat(StepRunner.run(step, "the [Upper Valley \\(UV\\) talks](#) failed"))
                .isEqualTo("the Upper Valley (UV) talks failed");
    }

    @Test
    void bracketsWithoutATargetStay() {
        String raw = "a [note] here (and there)";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
