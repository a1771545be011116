package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days a digest's item datelines, a live page's clock stamps and a speaker's bare ordinals point to, on an invented
 * conflict.
 */
class DigestDatelinesWordingTest {

    private static java.util.List<LocalDate> days(String text, String published) {
        return InventedConflict.startDays(InventedConflict.extract(text, published));
    }

    @Test
    void eachDigestItemCountsItsWeekdayFromItsOwnDateline() {
        // each weekday is the item's own day; counted from the page's Monday they would all fall in December
        String digest = "Frontier notes\n\nMonday, 9 December 2024\n\n"
                + "KESTA, 12 Nov — Southian troops shelled Kesta on Tuesday evening.\n\n"
                + "LORVA (13 November) — Several dozen farmers protested in Lorva on Wednesday.\n\n"
                + "Westholm/Pellin, 7 Dec — Southian units opened fire at Northian positions near Pellin on Saturday.\n";
        assertThat(days(digest, "2024-12-09")).containsExactly(
                LocalDate.of(2024, 11, 12), LocalDate.of(2024, 11, 13), LocalDate.of(2024, 12, 7));
    }

    @Test
    void anItemsDatelineDatesItWhenItNamesNoOtherDay() {
        String digest = "Frontier notes\n\nMonday, 9 December 2024\n\nA short note on the week.\n\nMore notes follow below.\n\n"
                + "PELLIN, 2 December: Southian troops opened small-arms fire overnight at Northian positions near Pellin.\n";
        assertThat(days(digest, "2024-12-09")).containsExactly(LocalDate.of(2024, 12, 2));
    }

    @Test
    void aParagraphOpeningWithAWeekdayAndDateFollowedByMoreWordsIsNoDateline() {
        String story = "Border news\n\nA report from the valley.\n\nThe situation stays calm.\n\nMore follows.\n\n"
                + "On Sunday, March 9, Southian guards fired at a Northian patrol near Kesta.\n";
        assertThat(days(story, "2025-03-11")).containsExactly(LocalDate.of(2025, 3, 9));
    }

    @Test
    void aLivePagesClockStampedPostIsNewsOfThePagesDayNotOfTheBackgroundAboveIt() {
        // without the stamp the 10:25 post would go on from the day the background post looked back to
        String page = "LIVE: shelling on the frontier\n\n07.06.2024 | 09:02\n\n"
                + "09:02 — Southian troops opened fire on Northian outposts near Kesta this morning.\n\n"
                + "09:40 — For reference. The escalation began on Wednesday, 5 June, when Southian troops fired on a"
                + " Northian patrol near Lorva.\n\n"
                + "10:25 — Southian units are shelling the village of Pellin.\n";
        assertThat(days(page, "2024-06-07")).containsExactly(
                LocalDate.of(2024, 6, 7), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 7));
    }

    @Test
    void aBareOrdinalAfterAToldDayIsADayOfThatMonth() {
        String interview = "Interview\n\nQ: What happened in June 2024?\n\n"
                + "A: On 3 June Southian troops crossed near Kesta. On the fifth Northia formally appealed to the"
                + " Westmark government. On the 8th Southian troops shelled Lorva.\n";
        assertThat(days(interview, "2025-03-01")).containsExactly(
                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 8));
    }

    @Test
    void aBareOrdinalBeforeTheToldDayLooksBackWhenTheNextMonthWouldPassTheReport() {
        String update = "Update\n\nOn 21 June 2024 Southian troops crossed near Kesta."
                + " On the 18th Southian troops shelled Lorva. On the 23rd Northia formally appealed to the Westmark government.\n";
        // the 18th after the 21st, in a report of the 25th, cannot be 18 July: it is three days back; the 23rd is ahead
        assertThat(days(update, "2024-06-25")).containsExactly(
                LocalDate.of(2024, 6, 21), LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 23));
    }

    @Test
    void aSpelledOrdinalBeforeTheToldDayDoesNotLookBack() {
        String update = "Update\n\nOn 21 June 2024 Southian troops crossed near Kesta. On the eighteenth Southian troops"
                + " shelled Lorva.\n";
        assertThat(days(update, "2024-06-25")).doesNotContain(LocalDate.of(2024, 6, 18));
    }

    @Test
    void anActToldInAWhenClauseAfterSinceHappenedThen() {
        assertThat(InventedConflict.extract("Tension has simmered since May, when Southian troops crossed into Northia near"
                + " Kesta.", "2023-11-10")).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 1));
    }

    @Test
    void anOrdinalBeforeACountingWordIsNoDay() {
        String story = "Report\n\nOn 3 June 2024 Southian troops crossed near Kesta."
                + " On the 9th day of the standoff Southian troops shelled Lorva. On the second Southian offensive, see below.\n";
        assertThat(days(story, "2024-07-01")).isNotEmpty().doesNotContain(LocalDate.of(2024, 6, 9), LocalDate.of(2024, 6, 2));
    }

    @Test
    void aYearArticlesDaysAreInItsYearThoughItsHeadingsNameNone() {
        String article = "2019 in Northia\n\nEvents in the year 2019 in Northia.\n\nEvents[edit]\n\nMarch\n\n"
                + "\u2022 10 March \u2013 Northian and Southian border guards exchange fire near Kesta.\n";
        assertThat(days(article, "2021-01-01")).containsExactly(LocalDate.of(2019, 3, 10));
    }

    @Test
    void aNewsItemsStampWithABarDatesItsToday() {
        String items = "Border district news\n\nResidents blocked the road near Kesta\n17.03.2022 | 14:20\n"
                + "This morning about 150 residents of Kesta blocked the highway near the mill.\n\n"
                + "Views: 1 204 | Comments: 17\n";
        assertThat(InventedConflict.extractRaw(items, "2025-03-31")).extracting(e -> e.date().start())
                .contains(LocalDate.of(2022, 3, 17));
    }
}
