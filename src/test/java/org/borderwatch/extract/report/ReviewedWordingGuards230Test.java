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
 * Wordings a review of rules-2.30's changes found them to code worse (where clauses, dashes in tolls, squares named
 * after their town, words of crowd control, strikes during a fight, numbered chronologies, demands, "until", "hope"),
 * on an invented conflict: each held before those changes and must hold after.
 */
class ReviewedWordingGuards230Test {
    private static final String PUBLISHED = "2023-05-06";

    private static Integer deathsIn(String text) {
        List<Event> events = InventedConflict.extract(text, PUBLISHED);
        assertThat(events).as(text).isNotEmpty();
        return events.get(0).fatalities().low();
    }

    @Test
    void aWhereClauseThatDescribesThePlaceBeforeTheActDoesNotMoveIt() {
        List<Event> events = InventedConflict.extract("In Lorva, a town near Kesta, where many refugees have settled, Southian"
                + " shells killed four people on 4 May.", PUBLISHED);
        assertThat(events).anyMatch(e -> e.primaryLocation() != null && e.primaryLocation().name().equals("Lorva")
                && Integer.valueOf(4).equals(e.fatalities().low()));
    }

    @Test
    void dashesAroundAShareOrAnAsideOfATollAreNoBreakdownOfIt() {
        assertThat(deathsIn("Southian shelling killed five people in Lorva on 4 May - including three soldiers.")).isEqualTo(5);
        assertThat(deathsIn("Clashes near Lorva on 4 May killed two soldiers - one Northian and one Southian - and wounded 12"
                + " civilians.")).isEqualTo(2);
        assertThat(deathsIn("Southian shelling of Kesta on 4 May killed two soldiers - both Northian - and four civilians."))
                .isEqualTo(6);
    }

    @Test
    void aSquareNamedAfterItsTownIsInThatTown() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Southian shells hit Amberly Square on 4 May, killing"
                + " two.", PUBLISHED))).containsExactly("Amberly");
    }

    @Test
    void pepperFarmersProtestPeacefully() {
        assertThat(InventedConflict.extract("Pepper farmers protested in Amberly on 4 May over low prices.", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.PEACEFUL_PROTEST));
    }

    @Test
    void artilleryFireOnTheFightsPositionsDuringTheFightIsPartOfIt() {
        List<Event> events = InventedConflict.extract("Northian and Southian troops clashed outside Kesta on 4 May, killing two"
                + " soldiers.\n\nDuring the fighting, Southian artillery shelled Northian positions outside Kesta.", PUBLISHED);
        assertThat(events).noneMatch(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void aNumberedChronologyIsNoNotesSection() {
        assertThat(InventedConflict.extractRaw("Chronology\n\nKey events of the week:\n[1] 4 May: Southian shelling hit Kesta,"
                + " killing two.\n[2] 6 May: Clashes near Lorva killed three soldiers.\n", "2023-05-10")).hasSize(2);
    }

    @Test
    void aDemandOpeningTheSentenceOrEndingAtItsCommaLeavesTheRallysPlace() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Demanding an end to the shelling, hundreds of residents"
                + " rallied in Kesta on 4 May.", PUBLISHED))).containsExactly("Kesta");
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Protesters marched through Amberly on 4 May, urging the"
                + " government to act, and then rallied in Kesta.", PUBLISHED))).contains("Amberly", "Kesta");
    }

    @Test
    void untilAfterTheActOrBeforeAWhenClauseStillDatesIt() {
        assertThat(InventedConflict.extract("Southian shelling of Kesta continued until 4 May, officials said on 6 May.", "2023-05-08"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 4)));
        assertThat(InventedConflict.extract("Northian troops held the checkpoint near Kesta until 4 May, when Southian forces"
                + " attacked it, the ministry said on 6 May.", "2023-05-08"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 4)));
    }

    @Test
    void losingAllHopeTheDayOfAStrikeIsNoWish() {
        assertThat(InventedConflict.extract("Kesta residents lost all hope the day Southian shells killed two neighbours on 4 May.",
                PUBLISHED)).hasSize(1);
    }
}
