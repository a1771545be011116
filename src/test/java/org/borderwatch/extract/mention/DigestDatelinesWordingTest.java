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
        return InventedConflict.extract(text, published).stream().map(e -> e.date().start()).toList();
    }

    @Test
    void eachDigestItemCountsItsWeekdayFromItsOwnDateline() {
        String digest = "Frontier notes\n\nMonday, 6 December 2021\n\n"
                + "KESTA, 16 Nov — Southian troops shelled Kesta on Tuesday evening.\n\n"
                + "LORVA (17 November) — Several hundred relatives of missing soldiers protested in Lorva on Wednesday.\n\n"
                + "Westholm/Pellin, 4 Dec — Southian units opened fire at Northian positions near Pellin on Saturday.\n";
        assertThat(days(digest, "2021-12-06")).containsExactly(
                LocalDate.of(2021, 11, 16), LocalDate.of(2021, 11, 17), LocalDate.of(2021, 12, 4));
    }

    @Test
    void anItemsDatelineDatesItWhenItNamesNoOtherDay() {
        String digest = "Frontier notes\n\nMonday, 6 December 2021\n\nA short note on the week.\n\nMore notes follow below.\n\n"
                + "PELLIN, 1 December: Southian troops opened small-arms fire overnight at Northian positions near Pellin.\n";
        assertThat(days(digest, "2021-12-06")).containsExactly(LocalDate.of(2021, 12, 1));
    }

    @Test
    void aParagraphOpeningWithAWeekdayAndDateFollowedByMoreWordsIsNoDateline() {
        String story = "Border news\n\nA report from the valley.\n\nThe situation stays calm.\n\nMore follows.\n\n"
                + "On Saturday, January 11, Southian guards fired at a Northian patrol near Kesta.\n";
        assertThat(days(story, "2014-01-13")).containsExactly(LocalDate.of(2014, 1, 11));
    }

    @Test
    void aLivePagesClockStampedPostIsNewsOfThePagesDayNotOfTheBackgroundAboveIt() {
        String page = "LIVE: shelling on the frontier\n\n16.09.2022 | 09:02\n\n"
                + "09:02 — Southian troops opened fire on Northian outposts near Kesta this morning.\n\n"
                + "09:40 — For reference. The escalation began on Wednesday, 14 September, when Southian troops fired on a"
                + " Northian patrol near Lorva.\n\n"
                + "10:25 — Southian units are shelling the village of Pellin.\n";
        assertThat(days(page, "2022-09-16")).containsExactly(
                LocalDate.of(2022, 9, 16), LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16));
    }

    @Test
    void aBareOrdinalAfterAToldDayIsADayOfThatMonth() {
        String interview = "Interview\n\nQ: What happened in May 2021?\n\n"
                + "A: On 12 May Southian troops crossed near Kesta. On the fourteenth Northia formally appealed to the"
                + " Alliance. On the 16th Southian troops shelled Lorva.\n";
        assertThat(days(interview, "2023-03-01")).containsExactly(
                LocalDate.of(2021, 5, 12), LocalDate.of(2021, 5, 14), LocalDate.of(2021, 5, 16));
    }

    @Test
    void anOrdinalBeforeACountingWordIsNoDay() {
        String story = "Report\n\nOn 12 May 2021 Southian troops crossed near Kesta."
                + " On the 14th day of the standoff Southian troops shelled Lorva.\n";
        assertThat(days(story, "2021-07-01")).isNotEmpty().doesNotContain(LocalDate.of(2021, 5, 14));
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
