package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs one step alone and checks that what it leaves still maps back to the input. */
final class StepRunner {
    private StepRunner() {
    }

    static String run(CleaningStep step, String input) {
        TrackedText text = TrackedText.of(input);
        step.apply(text);
        assertMapsBack(input, text.toCleanText());
        return text.text();
    }

    /** Every clean character is the raw character it maps to, or both are whitespace. */
    static void assertMapsBack(String raw, CleanText clean) {
        for (int i = 0; i < clean.text().length(); i++) {
            char c = clean.text().charAt(i);
            int at = clean.offsets().toRaw(i);
            assertThat(at).as("raw offset of clean %d", i).isBetween(0, raw.length() - 1);
            char r = raw.charAt(at);
            if (c != r) {
                assertThat(isSpace(c) && isSpace(r))
                        .as("clean char %d '%s' maps to raw %d '%s'", i, c, at, r).isTrue();
            }
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
