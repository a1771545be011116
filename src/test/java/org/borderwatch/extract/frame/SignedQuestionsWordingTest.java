package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A reader's question that a Q&A column prints with its writer's name after it, on an invented conflict. */
class SignedQuestionsWordingTest {

    @Test
    void aQuestionSignedAfterADashIsNoReport() {
        assertThat(InventedConflict.extract("Ask the expert, 6 May 2021\n\nQ. Is the ceasefire between Northia and Southia"
                + " holding? - J. Peters, Westholm\n", "2021-05-06")).isEmpty();
    }

    @Test
    void aStatementAfterAQuestionInTheSameSentenceStillReports() {
        // the words after the question are a report, not a signature
        assertThat(InventedConflict.extract("Who fired first? - Southian troops shelled Kesta on 5 May 2021, the Northian"
                + " ministry said.", "2021-05-06")).isNotEmpty();
    }
}
