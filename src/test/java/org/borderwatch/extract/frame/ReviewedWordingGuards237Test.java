package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review found coded worse by the first draft of rules-2.37, on an invented conflict: each guard
 * holds the reading a careful coder gives them.
 */
class ReviewedWordingGuards237Test {

    private static List<SubEventType> types(String text, String published) {
        return InventedConflict.extract(text, published).stream().map(Event::subEventType).toList();
    }

    private static List<LocalDate> days(String text, String published) {
        return InventedConflict.startDays(InventedConflict.extractRaw(text, published));
    }

    @Test
    void homesThatBurnedInAShellingLeaveItAShelling() {
        assertThat(types("Two elderly residents of Riverton died when their homes burned during the shelling on Friday,"
                + " the mayor said.", "2023-05-06")).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(types("Homes in Riverton burned during the shelling on Friday, the mayor said.", "2023-05-06"))
                .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void housesThatCaughtFireAfterAStrikeAreNoSecondEvent() {
        assertThat(types("Southian artillery shelled Kesta on Sunday. Several houses caught fire, the Northian police said.",
                "2023-05-08")).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(types("Shops in Northport stayed shut on Friday as protesters burned tyres outside the ministry.",
                "2023-05-06")).containsExactly(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void minesThatAreMortarBombsMakeNoMineBlast() {
        assertThat(types("On Thursday the Southian side fired 82-mm mortars at Northian positions near Lorva. One soldier"
                + " was wounded by mines.", "2023-05-12")).doesNotContain(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void whatNobodyCouldConfirmIsNotReported() {
        assertThat(types("Monitors said on Wednesday that no one could confirm that Southian troops had shelled Dunmore on"
                + " Tuesday.", "2023-05-11")).isEmpty();
        assertThat(types("Asked whether he could confirm that Northian drones had struck Riverton on Tuesday, the spokesman"
                + " declined to comment.", "2023-05-11")).isEmpty();
    }

    @Test
    void thisWeeksWeekdaysAfterALookBackStayThisWeek() {
        assertThat(days("Border guard Jon Halsen, wounded by a sniper near Amberly on Friday, 14 April, returned to duty this"
                + " week. On Wednesday his unit came under fire again near Kesta.", "2023-06-09"))
                .contains(LocalDate.of(2023, 6, 7));
    }

    @Test
    void aPostsEveningIsThePostsDay() {
        assertThat(days("Re: crossing at Lorva\n\n#3 Post by hill_walker \u00bb Sat May 29, 2021 8:02 pm\nShells hit Tarn again"
                + " this evening.\n", "2021-05-30")).containsExactly(LocalDate.of(2021, 5, 29));
    }
}
