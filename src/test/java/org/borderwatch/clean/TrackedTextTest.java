package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackedTextTest {
    @Test
    void deletionsKeepEachSurvivingCharacterOnItsRawOffset() {
        TrackedText text = TrackedText.of("ab[1]cd[2]ef");
        text.edit().delete(2, 5).delete(7, 10).apply();
        assertThat(text.text()).isEqualTo("abcdef");
        CleanText clean = text.toCleanText();
        assertThat(clean.offsets().toRaw(2)).isEqualTo(5);
        assertThat(clean.offsets().toRaw(4)).isEqualTo(10);
    }

    @Test
    void editsAreGivenInOffsetsOfTheTextBeforeTheBatch() {
        TrackedText text = TrackedText.of("one\n\n\ntwo");
        text.edit().replace(3, 6, "\n\n").delete(0, 1).apply();
        assertThat(text.text()).isEqualTo("ne\n\ntwo");
        assertThat(text.rawOffset(2)).isEqualTo(3);
        assertThat(text.rawOffset(3)).isEqualTo(3);
        assertThat(text.rawOffset(4)).isEqualTo(6);
    }

    @Test
    void overlappingDeletionsMerge() {
        TrackedText text = TrackedText.of("0123456789");
        text.edit().delete(2, 5).delete(4, 7).delete(3, 4).apply();
        assertThat(text.text()).isEqualTo("01789");
    }

    @Test
    void chainedBatchesStillMapToTheOriginal() {
        TrackedText text = TrackedText.of("xxabcxxdef");
        text.edit().delete(0, 2).apply();
        text.edit().delete(3, 5).apply();
        assertThat(text.text()).isEqualTo("abcdef");
        assertThat(text.rawOffset(3)).isEqualTo(7);
    }

    @Test
    void linesExcludeTheirBreaks() {
        TrackedText text = TrackedText.of("a\n\nbc");
        assertThat(text.lines()).extracting(text::substring).containsExactly("a", "", "bc");
    }
}
