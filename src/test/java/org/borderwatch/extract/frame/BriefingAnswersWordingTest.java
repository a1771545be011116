package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A spokesman's answers at a briefing, on an invented conflict: what he can confirm happened, what he cannot did not. */
class BriefingAnswersWordingTest {

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, "2025-03-20").stream().map(Event::subEventType).toList();
    }

    @Test
    void whatASpokesmanCanConfirmIsReported() {
        assertThat(types("SPOKESPERSON: I can confirm that on Tuesday two citizens of Northia were detained by Southian"
                + " border guards near Kesta.")).containsExactly(SubEventType.ARRESTS);
    }

    @Test
    void whatHeCannotConfirmIsNot() {
        assertThat(types("SPOKESPERSON: I cannot confirm that on Tuesday two citizens of Northia were detained by Southian"
                + " border guards near Kesta.")).isEmpty();
    }
}
