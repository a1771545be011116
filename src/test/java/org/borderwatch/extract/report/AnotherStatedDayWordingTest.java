package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A wire story of Tuesday's deaths that also gives the other side's account of an incident on Monday, and ranks the
 * day's shooting among earlier ones, on an invented conflict.
 */
class AnotherStatedDayWordingTest {
    private static final String LEAD = "UPDATE 2-Three Northian soldiers killed on border with Southia\n\nMay 9, 2023 4:10 PM GMT\n\n"
            + "  * Northia says three soldiers dead, one wounded near Kesta\n  * Southian border service says it acted after Monday fire\n"
            + "  * Northport denies its troops fired first\n\n"
            + "NORTHPORT, May 9 (Wire) - Three Northian soldiers were killed on Tuesday when Southian forces"
            + " fired on a post near Kesta, the Northian ministry said.\n\n";
    private static final String RANKED = "The shooting was the deadliest on the line since the winter, and it comes a week before"
            + " the two leaders are due to meet in Amberly.\n\n";
    private static final String MONDAY = "The Southian border service said its units had answered a provocation on Monday evening"
            + " in which shots fired from the Northian side wounded one of its guards.";

    private static List<Event> fights(String story) {
        return InventedConflict.extractRaw(story, "2023-05-09").stream().filter(e -> e.eventType() == EventType.BATTLES).toList();
    }

    @Test
    void anIncidentItsOwnSentenceDatesToTheDayBeforeIsNotTheDaysFightToldAgain() {
        assertThat(fights(LEAD + MONDAY)).anyMatch(e -> e.date().start().equals(LocalDate.of(2023, 5, 8))
                && e.evidence().stream().anyMatch(x -> x.text().contains("Monday evening")));
    }

    @Test
    void theDaysShootingRankedAmongOthersIsNotToldAgainWhereTheLeadersAreToMeet() {
        assertThat(fights(LEAD + RANKED + MONDAY)).noneMatch(e -> e.locations().stream().anyMatch(l -> l.name().equals("Amberly")));
    }
}
