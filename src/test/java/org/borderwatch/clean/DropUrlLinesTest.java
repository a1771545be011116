package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropUrlLinesTest {
    private final DropUrlLines step = new DropUrlLines();

    @Test
    void loneAddressLinesInsideABodyGoAndTheParagraphsCloseUp() {
        String raw = "The convoy was stopped\nhttps://news.example/2022/item\nat the checkpoint.\n";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The convoy was stopped\nat the checkpoint.\n");
    }

    @Test
    void aLabelLineThatOnlyIntroducedAddressesGoesWithThem() {
        String raw = "Last paragraph.\n\nSource link:\nhttps://a.example/x\nhttp://b.example/y";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Last paragraph.\n\n");
    }

    @Test
    void aSentenceWithAnAddressIsNotALinkLine() {
        String raw = "Read the statement at https://a.example/x before noon.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
