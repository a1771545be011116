package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropStrayUrlsTest {
    private final DropStrayUrls step = new DropStrayUrls();

    @Test
    void addressesInRunningTextGoButTheSentenceEndStays() {
        assertThat(StepRunner.run(step, "The ministry said so https://gov.example/news/12. Then silence."))
                .isEqualTo("The ministry said so. Then silence.");
    }

    @Test
    void wwwAddressesGoToo() {
        assertThat(StepRunner.run(step, "See www.example.org/a?b=1 for more")).isEqualTo("See for more");
    }
}
