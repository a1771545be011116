package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Span;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private final Cleaner cleaner = Cleaner.standard();

    @Test
    void aMessyPageBecomesParagraphsThatMapBack() {
        String raw = "Home / World / Border\r\n\r\nValley Clashes\r\n\r\nOn 3 March\u00A0troops of the north-\r\n"
                + "ern army attac-\r\nked a post.[4][5] The ministry denied it.[citation needed]\r\n"
                + "https://example.org/story\r\n\r\nShare this\r\n";
        CleanText clean = cleaner.clean(raw);
        assertThat(clean.text()).isEqualTo(
                "Valley Clashes\n\nOn 3 March troops of the northern army attacked a post. The ministry denied it.");
        StepRunner.assertMapsBack(raw, clean);
        int at = clean.text().indexOf("attacked");
        Span rawSpan = clean.offsets().toRaw(new Span(at, at + "attacked".length()));
        assertThat(raw.substring(rawSpan.start(), rawSpan.end())).isEqualTo("attac-\r\nked");
    }

    @Test
    void stepsHaveDistinctNames() {
        assertThat(cleaner.steps()).extracting(CleaningStep::name).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z-]+"));
    }

    @Test
    void emptyTextStaysEmpty() {
        CleanText clean = cleaner.clean("");
        assertThat(clean.text()).isEmpty();
        assertThat(clean.offsets().cleanLength()).isZero();
    }
}
