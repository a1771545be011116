package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** What an explainer for young readers says that is no event: its glossary, and what the sides "sometimes" did. */
class ExplainerWordingTest {

    @Test
    void aGlossarysEntriesAreNoEvents() {
        assertThat(InventedConflict.extractRaw("Words to know\n\nTreaty - a written agreement between countries.\n\n"
                + "Ceasefire - when the sides agree to stop shooting.\n", "2025-08-11")).isEmpty();
    }

    @Test
    void aSpeakersLineAfterAColonIsStillRead() {
        assertThat(InventedConflict.extract("Official: the border services of Northia and Southia have agreed to cease fire"
                + " from 20:00 today.", "2022-01-27")).hasSize(1);
    }

    @Test
    void whatTheSidesSometimesDidOverDecadesIsNoEvent() {
        assertThat(InventedConflict.extract("For more than 30 years Northia and Southia argued, and sometimes fought, over"
                + " the Highlands.", "2025-08-11")).isEmpty();
    }
}
