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
 * Near-misses a read-only review of the rules-2.28 wordings found the first drafts got wrong, on an invented conflict:
 * each rule is narrowed to the wording it was written for.
 */
class ReviewedWordingGuards228Test {
    private static List<Event> page(String title, String body) {
        return InventedConflict.extractRaw(title + "\n" + body, "2024-05-08");
    }

    @Test
    void residentsWhoAgreeOnLittleReachNoAccord() {
        assertThat(page("Life on the frontier", "Residents of Riverton agree on little these days. Shops close early and the"
                + " market is half empty, a reporter found on Tuesday.")).noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
    }

    @Test
    void prisonersWhoReleasedAStatementWereNotReleased() {
        assertThat(page("Prisoners issue statement", "Southian prisoners released a statement through their lawyers on Tuesday,"
                + " saying they were being treated well in a Northport jail.")).noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
    }

    @Test
    void floodwaterThatOverranTheBanksTookNoGround() {
        assertThat(page("River floods Pellin", "Floodwater overran the banks of the river at Pellin on Tuesday, forcing"
                + " residents to leave their homes.")).noneMatch(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void opponentsWhoGatheredToProtestProtested() {
        assertThat(page("Crowds in Northport", "Thousands of people, including opposition leaders, gathered in Northport on"
                + " Tuesday to protest the ceasefire terms.")).anyMatch(e -> e.eventType() == EventType.PROTESTS);
    }

    @Test
    void villagersLedAwayFromShelledHousesWereNotArrested() {
        assertThat(page("Evacuation of Tarn", "Police led the villagers away from the shelled houses in Tarn on Tuesday to a"
                + " school in Fenwick.")).noneMatch(e -> e.subEventType() == SubEventType.ARRESTS);
    }

    @Test
    void aFightAMinisterStressedWentOnIsReported() {
        assertThat(page("Minister speaks", "The Northian foreign minister stressed on Tuesday that the fighting near Lorva went"
                + " on all night.")).anyMatch(e -> e.subEventType() == SubEventType.ARMED_CLASH);
    }

    @Test
    void aForumsCityGivesWayToTheVenueTheSentenceNamesAndAProcessIsNoVenue() {
        assertThat(InventedConflict.placeNames(page("Ministers meet", "The foreign ministers met on Tuesday at the Westholm Peace"
                + " Forum in Northport."))).containsExactly("Northport");
        assertThat(InventedConflict.placeNames(page("Talks", "The leaders met in Northport on Tuesday to discuss the Kesta Peace"
                + " Process and the return of refugees."))).containsExactly("Northport");
    }

    @Test
    void aYearOpeningTheSentenceDatesItsActsThoughATruceFollows() {
        assertThat(page("Past violations", "In 2021 truce violations near Tarn killed 40 soldiers, the ministry said in a report."))
                .filteredOn(e -> e.eventType() == EventType.BATTLES)
                .allMatch(e -> e.date().start().equals(LocalDate.of(2021, 1, 1)));
    }
}
