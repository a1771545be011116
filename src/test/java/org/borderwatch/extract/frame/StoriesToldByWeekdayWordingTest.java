package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days a look back names by weekday or by "a year ago this morning", and a single shell, on an invented conflict: a
 * story that named its past day with its weekday goes on by weekday from there, not from the page's own week.
 */
class StoriesToldByWeekdayWordingTest {

    private static List<LocalDate> days(String text, String published) {
        return InventedConflict.startDays(InventedConflict.extract(text, published));
    }

    @Test
    void aWeekdayAfterADayNamedWithItsWeekdayGoesOnFromIt() {
        String story = "The trouble began on Wednesday, 28 April 2021, when residents of Kesta and Tarn quarrelled at the canal.\n\n"
                + "By Thursday morning Northian and Southian troops were shooting across the canal near Lorva.\n\n"
                + "By Friday the fighting had spread to Amberly.";
        assertThat(days(story, "2021-06-10")).contains(LocalDate.of(2021, 4, 29), LocalDate.of(2021, 4, 30))
                .allMatch(d -> d.isBefore(LocalDate.of(2021, 5, 1)));
    }

    @Test
    void aWeekdayAfterADayLookedBackToIsTheReadersWeek() {
        // news of 30 May: "Friday, 7 April" is background, "on Monday" the Monday before publication
        assertThat(days("Fighting first broke out near Lorva on Friday, 7 April 2023.\n\nSpeaking on Monday, the Northian"
                + " minister said Southian troops had shelled Kesta overnight.", "2023-05-30"))
                .contains(LocalDate.of(2023, 5, 29));
    }

    @Test
    void aWeekdayInTheWeekAfterAToldDayStaysTheReadersWeek() {
        // news of the 29th: "Monday, 19 December" ten days back, then "on Tuesday" of the reader's own week
        assertThat(days("The convoy reached Kesta on Monday, 19 December 2022.\n\n"
                + "On Tuesday Southian troops set up a checkpoint near Lorva.", "2022-12-29"))
                .contains(LocalDate.of(2022, 12, 27));
    }

    @Test
    void aDiarysShortDayLinesHeadTheirEntries() {
        String diary = "Notebook, September 2023\n\nTue 19 Sept\nSouthian troops shelled Kesta in the morning.\n\n"
                + "Wednesday\nSouthian troops shelled Lorva.\n\nSunday 24th\nA woman told me Southian troops had shelled"
                + " Riverton on Saturday night.\n\nWed 27th\nIn the evening Southian police detained two farmers near Dunmore.\n";
        assertThat(InventedConflict.extractRaw(diary, "2023-10-01").stream().map(e -> e.date().start()).sorted().toList())
                .containsExactly(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 23),
                        LocalDate.of(2023, 9, 27));
    }

    @Test
    void whatIsNowSoInADiarysEntryIsSoOnTheEntrysDay() {
        String diary = "Notes\n\nWed 14.09.2022, Kesta\nArrived at four.\n\nFriday 16th\nAt noon buses pulled into the school,"
                + " which is now a shelter. At about seven the radio said the two governments had agreed a ceasefire that"
                + " afternoon.\n";
        assertThat(InventedConflict.extractRaw(diary, "2022-10-03").stream()
                .filter(e -> e.subEventType() == SubEventType.AGREEMENT).map(e -> e.date().start()).toList())
                .containsExactly(LocalDate.of(2022, 9, 16));
    }

    @Test
    void aChatMessageIsOfTheDayItsStampGives() {
        String chat = "Chat with Kesta neighbours\n\n28.04.21, 12:37 - Lena P.: Southian soldiers opened fire on our guards at"
                + " the canal near Kesta\n29.04.21, 08:11 - Aram K.: Southian artillery shelled Lorva\n";
        assertThat(InventedConflict.extractRaw(chat, "2021-05-02").stream().map(e -> e.date().start()).sorted().toList())
                .containsExactly(LocalDate.of(2021, 4, 28), LocalDate.of(2021, 4, 29));
    }

    @Test
    void aMemoirDatedByItsYearGoesOnByTheWeekdaysOfItsStory() {
        String memoir = "Chapter 7. Seven days\n\nIt began on Tuesday, 19 September 2023, when Southian guns shelled Kesta."
                + " We stayed in the basement that night and most of the next day.\n\nOn Wednesday the two governments agreed"
                + " a ceasefire.\n\nOn Thursday Southian troops set up a checkpoint near Lorva.\n";
        assertThat(InventedConflict.extractRawOfYear(memoir, 2024).stream().map(e -> e.date().start()).sorted().toList())
                .containsExactly(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 21));
    }

    @Test
    void aWeekdayBeforeAYearlessDayTellsItsYear() {
        assertThat(InventedConflict.extractRawOfYear("Chapter 7\n\nIt began on Tuesday, 19 September, when Southian guns"
                + " shelled Kesta.\n", 2024).stream().map(e -> e.date().start()).toList())
                .containsExactly(LocalDate.of(2023, 9, 19));
    }

    @Test
    void aYearAgoThisMorningIsThatDayAYearBack() {
        assertThat(days("A year ago this morning, Southian troops crossed the border near Kesta and advanced two"
                + " kilometres.", "2022-05-12")).containsExactly(LocalDate.of(2021, 5, 12));
    }

    @Test
    void aMortarShellFiredFromTheOtherSideIsAShelling() {
        assertThat(InventedConflict.extract("On 29 April a mortar shell fired from the Southian side exploded in a lane of"
                + " Kesta, killing a teacher.", "2023-06-01").stream().map(Event::subEventType).toList())
                .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}
