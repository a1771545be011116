package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

/** One event per place comes out in the order the sentence names the places, whichever pass found each name. */
class PlacesInTextOrderTest {
    @Test
    void placesFollowTheSentence() {
        String text = "Troops fired at positions in the Lowlands, Marsh and Grey Vale districts.";
        Sentence s = new Sentence(0, 0, new Span(0, text.length()), new Tokenizer().tokenize(text, 0, text.length()));
        assertThat(FrameStage.inTextOrder(s, List.of("Grey Vale", "Lowlands", "Marsh")))
                .containsExactly("Lowlands", "Marsh", "Grey Vale");
        assertThat(FrameStage.inTextOrder(s, List.of("Marsh", "Nowhere", "Lowlands")))
                .containsExactly("Lowlands", "Marsh", "Nowhere");
    }
}
