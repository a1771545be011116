package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review found coded worse by the first draft of rules-2.40, on an invented conflict: each guard
 * holds the reading a careful coder gives them.
 */
class ReviewedWordingGuards240Test {

    @Test
    void farmersWhoAcceptedALoansConditionsMadeNoAccord() {
        assertThat(InventedConflict.extractRaw("Farm loans\n\nSouthian farmers in Pellin accepted the conditions of a new"
                + " government loan on Thursday, the agriculture ministry said.\n", "2023-06-02")).isEmpty();
    }

    @Test
    void aFireThatHitAMarketIsNoStrike() {
        assertThat(InventedConflict.extractRaw("Market blaze\n\nA fire hit the market in Kesta on Tuesday, destroying dozens"
                + " of stalls. Firefighters blamed faulty wiring.\n", "2023-05-12")).isEmpty();
    }

    @Test
    void aGrassFireThatStruckOldTrenchesIsNoFight() {
        assertThat(InventedConflict.extractRaw("Trenches burn\n\nA grass fire struck the abandoned trenches near Lorva on"
                + " Wednesday, firefighters said. Nobody was hurt.\n", "2023-05-12")).isEmpty();
    }
}
