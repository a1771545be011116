package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Strikes told with their toll in the next sentence, bounded and broken-down tolls, places a "where" clause hangs on,
 * and truces named beside the fire that broke them, on an invented conflict.
 */
class StrikesTollsAndTrucesWordingTest {

    @Test
    void anActInAWhereClauseHappenedAtThePlaceTheClauseHangsOn() {
        List<Event> events = InventedConflict.extract("The people of Lorva share the grief of Kesta, where a missile killed"
                + " 13 people in their homes on 17 October 2023.", "2023-10-29");
        assertThat(events).extracting(e -> e.primaryLocation().name()).containsExactly("Kesta");
    }

    @Test
    void aBoundedCountAfterTheVerbOfDeathIsTheToll() {
        assertThat(InventedConflict.extract("In Kesta a missile killed at least 13 people on 17 October 2023.", "2023-10-29"))
                .anyMatch(e -> Integer.valueOf(13).equals(e.fatalities().low()));
    }

    @Test
    void livesClaimedAnEstimateAndABareCountAreTolls() {
        assertThat(InventedConflict.extract("On 14 September 2022 fighting near Kesta claimed the lives of at least 13 soldiers.",
                "2022-09-20")).anyMatch(e -> Integer.valueOf(13).equals(e.fatalities().low()));
        assertThat(InventedConflict.extract("On 14 September 2022 shelling killed an estimated 30 civilians in Kesta.",
                "2022-09-20")).anyMatch(e -> Integer.valueOf(30).equals(e.fatalities().low()));
        assertThat(InventedConflict.extract("On 14 September 2022 shelling killed two and wounded five near Kesta.",
                "2022-09-20")).anyMatch(e -> Integer.valueOf(2).equals(e.fatalities().low()));
    }

    @Test
    void aTollBrokenDownAfterAColonOrADashIsCountedOnce() {
        assertThat(InventedConflict.extract("On Sunday a clash near Kesta killed five people: three police officers and two"
                + " soldiers.", "2023-03-07")).anyMatch(e -> Integer.valueOf(5).equals(e.fatalities().low()));
        assertThat(InventedConflict.extract("On Sunday there was a shootout near Kesta and five people died - three Northian"
                + " police officers and two Southian soldiers.", "2023-03-07"))
                .anyMatch(e -> Integer.valueOf(5).equals(e.fatalities().low()));
    }

    @Test
    void aTollOfCiviliansRightAfterAStrikeIsTheStrikesToll() {
        List<Event> events = InventedConflict.extract("Yesterday, 28 October, the armed forces of Northia fired rockets at"
                + " the centre of Kesta. 21 civilians were killed and about 70 wounded. This was the second attack on our"
                + " district in two days.", "2020-10-29");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(events.get(0).date().start()).isEqualTo(LocalDate.of(2020, 10, 28));
        assertThat(events.get(0).fatalities().low()).isEqualTo(21);
    }

    @Test
    void trucesNamedWithTheirDaysBesideTheFireThatBrokeThemAreAccords() {
        assertThat(InventedConflict.extract("It is the third such ceasefire that Northia has broken in three weeks, after"
                + " the humanitarian truces of 10 October in Lorva.", "2020-10-29"))
                .anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT && e.date().start().equals(LocalDate.of(2020, 10, 10)))
                .noneMatch(e -> e.eventType() == EventType.BATTLES);
        assertThat(InventedConflict.extract("The rocket was fired less than a day after a humanitarian truce, agreed by the"
                + " two foreign ministers in Lorva on 10 October, was supposed to take effect.", "2020-10-29"))
                .anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT && e.date().start().equals(LocalDate.of(2020, 10, 10)));
    }
}
