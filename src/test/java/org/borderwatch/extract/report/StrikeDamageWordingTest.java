package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * What a strike left behind, told in the sentence after it (damage nobody is said to have done, animals, nobody hurt),
 * and the denial that answers it.
 */
class StrikeDamageWordingTest {

    @Test
    void damageNobodyDidRightAfterAStrikeIsTheStrikes() {
        List<Event> events = InventedConflict.extract("On Monday two Southian shells landed at the edge of Kesta. A hay barn"
                + " burned down and a cow was killed, but nobody was hurt.", "2023-05-05");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
            assertThat(e.fatalities().low()).isZero();
        });
    }

    @Test
    void propertyTroopsSetOnFireIsAnActOfItsOwn() {
        List<Event> events = InventedConflict.extract("On Monday two Southian shells landed at the edge of Kesta. Southian"
                + " soldiers set fire to three houses in Lorva.", "2023-05-05");
        assertThat(events).hasSize(2);
    }

    @Test
    void aDenialOfFireOnCiviliansAnswersTheStrikeToldBeforeItEvenParagraphsLater() {
        assertThat(InventedConflict.extract("On Friday shells fell in the town of Kesta. Southia has denied that its forces"
                + " fired on civilian areas.", "2022-09-18")).singleElement()
                .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        assertThat(InventedConflict.extract("On Friday shells fell in the town of Kesta.\n\nThe hospital took in 40 wounded."
                + " Its staff worked through the night. Doctors came from the capital.\n\nSouthia has denied that its forces"
                + " fired on civilian areas.", "2022-09-18")).noneMatch(e -> e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS);
    }
}
