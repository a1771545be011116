package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropRepeatedPassagesTest {
    private final DropRepeatedPassages step = new DropRepeatedPassages();

    private static final String QUOTE_LINES = "A renewed push toward the river\ncannot be ruled out by anyone\n\nwatching the valley";

    @Test
    void pullQuoteInterruptingASentenceGoesWhileTheRunningCopyStays() {
        String raw = "The militia had held the hills since the winter and were\n\n" + QUOTE_LINES + "\n"
                + "preparing to dig in further.\n\n"
                + "Outlook. A renewed push toward the river cannot be ruled out by anyone watching the valley.";
        String clean = StepRunner.run(step, raw);
        assertThat(clean).isEqualTo("The militia had held the hills since the winter and were\n"
                + "preparing to dig in further.\n\n"
                + "Outlook. A renewed push toward the river cannot be ruled out by anyone watching the valley.");
    }

    @Test
    void whenEveryCopyInterruptsTheFirstStays() {
        String raw = "Shelling began before\n" + QUOTE_LINES + "\ndawn and lasted.\nThe guns fell silent by\n"
                + QUOTE_LINES + "\nnoon of that day.";
        String clean = StepRunner.run(step, raw);
        assertThat(clean).containsOnlyOnce("push toward the river");
        assertThat(clean).contains("silent by\nnoon");
    }

    @Test
    void aRepeatedBlockAfterTheFirstGoes() {
        String raw = "Both sides claimed the ridge was theirs on the first morning of talks.\n\nMore text.\n\n"
                + "Both sides claimed the ridge was theirs on the first morning of talks.\n\nEnd.";
        assertThat(StepRunner.run(step, raw))
                .isEqualTo("Both sides claimed the ridge was theirs on the first morning of talks.\n\nMore text.\n\n\nEnd.");
    }

    @Test
    void repeatsInsideRunningTextStay() {
        String raw = "He said the army will not leave the pass before winter, and "
                + "the minister repeated that the army will not leave the pass before winter too.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }
}
