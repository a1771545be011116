package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A paragraph opened by the dawn after the night the paragraph before told, on an invented conflict. */
class DawnAfterTheNightToldWordingTest {

    @Test
    void aParagraphOpenedAtDawnGoesOnInTheDayJustTold() {
        String story = "Village story\n\nJust after midnight on 13 September 2022 the shelling of Kesta began.\n\n"
                + "At dawn, buses sent from Lorva took women and children out of Kesta.\n";
        assertThat(InventedConflict.extractRaw(story, "2023-06-02")).extracting(Event::date).extracting(d -> d.start())
                .containsOnly(LocalDate.of(2022, 9, 13)).hasSizeGreaterThanOrEqualTo(2);
    }
}
