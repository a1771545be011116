package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A quarrel that turned into shooting is a fight; someone arguing about shooting is a statement. On an invented conflict. */
class QuarrelIntoFireWordingTest {

    @Test
    void anArgumentThatEscalatedIntoAnExchangeOfFireIsAFight() {
        assertThat(InventedConflict.extract("On 3 May 2023, an argument over a stretch of road near Kesta escalated into an"
                + " exchange of fire between border units.", "2023-05-20"))
                .extracting(e -> e.eventType()).containsExactly(EventType.BATTLES);
    }

    @Test
    void aMinisterArguingAboutAnExchangeOfFireReportsNoFight() {
        assertThat(InventedConflict.extract("On 3 May 2023, the Northian minister argued that the exchange of fire had"
                + " shown the need for talks.", "2023-05-20")).isEmpty();
    }

    @Test
    void damageAttributedToFireOnADayIsAnActOfThatDay() {
        assertThat(InventedConflict.extract("Craters on the Kesta road were noted; the Northian officer attributed them to fire"
                + " on 3 May 2023.", "2023-05-20")).extracting(e -> e.date().start())
                .contains(java.time.LocalDate.of(2023, 5, 3));
        assertThat(InventedConflict.extract("On 3 May 2023, Northia said it was ready to fire on any intruder at Kesta.",
                "2023-05-20")).isEmpty();
    }
}
