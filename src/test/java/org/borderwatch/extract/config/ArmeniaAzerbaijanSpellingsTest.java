package org.borderwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.TestDocuments;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.junit.jupiter.api.Test;

/**
 * The shipped armenia-azerbaijan folder knows its leaders under the spellings outlets use (an agency's "Pashinian" and
 * "Aliev" beside "Pashinyan" and "Aliyev"), so a meeting told in either spelling has its parties. The sentence is
 * invented (a meeting of 2031 that never happened).
 */
class ArmeniaAzerbaijanSpellingsTest {
    private final ConflictConfig config = ConflictConfig.fromClasspath("armenia-azerbaijan");
    private final Extractor extractor = new Extractor(config, new ConfiguredPlaceSpotter(config), null);

    @Test
    void aMeetingToldWithTheOtherSpellingsHasItsParties() {
        List<Event> events = extractor.extract(TestDocuments.of("On 6 April 2031 Pashinian and Aliev met in Brussels.",
                "2031-04-08"));
        assertThat(events).singleElement().satisfies(e -> assertThat(List.of(e.actor1(), e.actor2()))
                .containsExactlyInAnyOrder("Government of Armenia", "Government of Azerbaijan"));
    }
}
