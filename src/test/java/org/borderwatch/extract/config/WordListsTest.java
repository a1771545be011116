package org.borderwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void aListNamedTwiceIsRefusedRatherThanSilentlyReplaced() {
        assertThatThrownBy(() -> WordLists.load("/extract/duplicate-list.yaml"))
                .hasStackTraceContaining("war-nouns");
    }

    @Test
    void theShippedListsLoad() {
        assertThat(WordLists.english().words("interval-words")).contains("hours", "less", "shortly");
    }
}
