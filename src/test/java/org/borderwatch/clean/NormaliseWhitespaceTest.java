package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormaliseWhitespaceTest {
    private final NormaliseWhitespace step = new NormaliseWhitespace();

    @Test
    void unifiesLineBreaks() {
        assertThat(StepRunner.run(step, "one\r\ntwo\rthree\fpage")).isEqualTo("one\ntwo\nthree\npage");
    }

    @Test
    void oddSpacesBecomePlainAndRunsCollapse() {
        assertThat(StepRunner.run(step, "12\u00A0May\t2021  was\u202Fcalm")).isEqualTo("12 May 2021 was calm");
    }

    @Test
    void theTabsBetweenTheCellsOfATabSeparatedRowStay() {
        assertThat(StepRunner.run(step, "11 April 2023\tnear Kesta\tHighlands\tTwo soldiers are killed.\t2\n"
                + "A tab\tinside a sentence"))
                .isEqualTo("11 April 2023\tnear Kesta\tHighlands\tTwo soldiers are killed.\t2\nA tab inside a sentence");
    }

    @Test
    void invisibleCharactersGo() {
        assertThat(StepRunner.run(step, "\uFEFFcease\u00ADfire\u200B agreed")).isEqualTo("ceasefire agreed");
    }

    @Test
    void linesAreTrimmed() {
        assertThat(StepRunner.run(step, "  Troops moved \n\t the next day  \n")).isEqualTo("Troops moved\nthe next day\n");
    }
}
