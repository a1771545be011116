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
 * Crowds the police broke up, avenues named after villages, a strike on a town beside a fight outside it, and the act
 * a sequel clause follows, on an invented conflict.
 */
class CrowdsStreetsAndSequelsWordingTest {

    @Test
    void aCrowdMetWithStunGrenadesOnAnAvenueNamedAfterAVillage() {
        List<Event> events = InventedConflict.extract("On 12 June 2024 police in Northport used stun grenades against a crowd"
                + " gathered outside the parliament on Kesta Avenue, injuring protesters.", "2024-06-20");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
            assertThat(e.actor1()).isEqualTo("Protesters (Northia)");
            assertThat(e.actor2()).isEqualTo("Police Forces of Northia");
        });
        assertThat(InventedConflict.placeNames(events)).containsExactly("Northport");
    }

    @Test
    void aPlaceNamedInWhatTheCrowdDemandsIsNotWhereItGathered() {
        List<Event> events = InventedConflict.extract("On Tuesday thousands gathered in Northport demanding that the government"
                + " rebuild the school in Lorva.", "2024-06-20");
        assertThat(events).anyMatch(e -> e.eventType() == EventType.PROTESTS);
        assertThat(InventedConflict.placeNames(events)).containsExactly("Northport");
    }

    @Test
    void aStrikeOnTheTownToldAfterAFightOutsideItIsAStrikeOfItsOwn() {
        List<Event> events = InventedConflict.extract("Sergeant Tom Vale died at a position outside Kesta on 13 September, the"
                + " first day of the fighting.\n\nIn Kesta itself, shells fell on the eastern outskirts in the small hours of"
                + " 13 September, damaging three houses.", "2022-09-20");
        assertThat(events).anyMatch(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && e.primaryLocation() != null && e.primaryLocation().name().equals("Kesta"));
        assertThat(events).anyMatch(e -> e.eventType() == EventType.BATTLES);
    }

    @Test
    void aMeetingToldAgainBeforeASequelKeepsItsOwnDay() {
        List<Event> events = InventedConflict.extract("The two presidents met at a summit in Westholm on Monday. The summit"
                + " came less than three weeks after the ministers signed a treaty in Lorva on 13 March.", "2025-04-01");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .allMatch(e -> e.date().start().equals(LocalDate.of(2025, 3, 31)));
        assertThat(events).anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT
                && e.date().start().equals(LocalDate.of(2025, 3, 13)));
    }
}
