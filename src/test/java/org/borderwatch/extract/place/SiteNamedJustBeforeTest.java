package org.borderwatch.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** "The village" and "the post" of a report are the ones the sentence before it named, on an invented conflict. */
class SiteNamedJustBeforeTest {

    @Test
    void theVillageStruckIsTheOneTheSentenceBeforeNamed() {
        String thread = "6/ South-east of Lorva there is a cluster of fresh craters and a burned-out compound. Northian"
                + " officials say a Southian drone strike hit the village on 16 September 2022.";
        assertThat(InventedConflict.placeNames(InventedConflict.extract(thread, "2022-09-27"))).containsExactly("Lorva");
    }

    @Test
    void thePostHitIsAtThePlaceTheSentenceBeforeNamed() {
        String thread = "5/ The Northian border post above Kesta has lost its roof. The Northian ministry says Southian"
                + " artillery hit the post on 16 September 2022.";
        assertThat(InventedConflict.placeNames(InventedConflict.extract(thread, "2022-09-27"))).containsExactly("Kesta");
    }

    @Test
    void aMeetingIsNotPlacedAtTheVillageTheSentenceBeforeNamed() {
        String text = "Residents of Lorva rebuilt their homes. On 16 September 2022 the ministers signed an accord on the"
                + " village.";
        assertThat(InventedConflict.placeNames(InventedConflict.extract(text, "2022-09-27"))).doesNotContain("Lorva");
    }
}
