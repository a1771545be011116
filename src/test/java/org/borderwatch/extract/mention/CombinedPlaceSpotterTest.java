package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Span;
import org.junit.jupiter.api.Test;

class CombinedPlaceSpotterTest {
    @Test
    void spansOfBothSpottersMergeAndOverlapsKeepTheLongerName() {
        String text = "Talks in Lake Town and Geneva ended.";
        CombinedPlaceSpotter spotter = new CombinedPlaceSpotter(
                t -> List.of(new Span(14, 18)),                       // "Town"
                t -> List.of(new Span(9, 18), new Span(23, 29)));   // "Lake Town", "Geneva"
        assertThat(spotter.spot(text)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Lake Town", "Geneva");
    }
}
