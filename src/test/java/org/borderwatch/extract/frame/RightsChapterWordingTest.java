package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A rights group's country chapter: a post put up, an army moving against a force, a post named again. */
class RightsChapterWordingTest {

    @Test
    void aCheckpointPutUpIsABaseEstablished() {
        assertThat(InventedConflict.extract("Southian guards put up a checkpoint of their own at the Kesta bridge on 23 April"
                + " 2023.", "2023-12-01")).extracting(Event::subEventType).contains(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    }

    @Test
    void anArmyThatMovesAgainstAForceAttacksIt() {
        assertThat(InventedConflict.extract("The Southian army moved against the Northian forces near Kesta on 19 September"
                + " 2023.", "2023-12-01")).extracting(Event::eventType).contains(EventType.BATTLES)
                .doesNotContain(EventType.STRATEGIC_DEVELOPMENTS);
    }

    @Test
    void thatPostIsThePostNamedBefore() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("On 23 April 2023 Southian guards set up a checkpoint at"
                + " Kesta. A farmer was taken into custody by the guards at that post on 29 July 2023.", "2023-12-01")))
                .containsOnly("Kesta");
    }

    @Test
    void anOffensiveOpenedUnderItsOwnNameIsAnAttack() {
        assertThat(InventedConflict.extract("19 September 2023: Southia opened what it called \"local anti-terrorist measures\""
                + " in the Highlands.", "2023-12-01")).extracting(Event::eventType).contains(EventType.BATTLES);
    }
}
