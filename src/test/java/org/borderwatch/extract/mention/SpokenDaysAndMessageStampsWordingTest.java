package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days as a debate's speakers say them ("on the twentieth", "Tuesday the nineteenth of September"), as a cable stamps
 * its message ("171530Z NOV 21") and as a travel page stamps its updates ("--- UPDATE 20 Sep 2023, 22:05 ---"), on an
 * invented conflict.
 */
class SpokenDaysAndMessageStampsWordingTest {
    private final TemporalTagger tagger = new TemporalTagger();

    private List<LocalDate> days(String text, TemporalContext ctx) {
        return tagger.tag(text, new Span(0, text.length()), ctx).stream().map(d -> d.date().start()).toList();
    }

    @Test
    void aDateTimeGroupIsTheMessagesDayNotADayOfItsMonthAndYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2021, 11, 17), true);
        assertThat(days("DTG: 171530Z NOV 21 FM: EMBASSY NORTHPORT", ctx)).containsExactly(LocalDate.of(2021, 11, 17));
        // the story's day after it is of the same year, not of the year before a "21 November" still to come
        assertThat(days("SUBJECT: NOVEMBER 16 FIGHTING AT KESTA", ctx)).containsExactly(LocalDate.of(2021, 11, 16));
    }

    @Test
    void aWeekdayBeforeASpokenDayNamesThatDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 10, 4), true);
        assertThat(days("On Tuesday the nineteenth of September Southia sent its army into Kesta.", ctx))
                .containsOnly(LocalDate.of(2023, 9, 19));
    }

    @Test
    void aSpokenDayBeforeAWordNoOrdinalQualifiesIsADayOfTheStorysMonth() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 10, 4), true);
        days("On 19 September 2023 Southian troops attacked Kesta.", ctx);
        assertThat(days("On the twentieth a truce was agreed.", ctx)).containsExactly(LocalDate.of(2023, 9, 20));
        assertThat(days("Five guards died on the twentieth when their car came under fire.", ctx))
                .containsExactly(LocalDate.of(2023, 9, 20));
        // an ordinal before a noun still counts things
        assertThat(days("On the second attempt the convoy got through.", ctx)).isEmpty();
        assertThat(days("It was the worst fighting on the twentieth anniversary of the truce.", ctx)).isEmpty();
    }

    @Test
    void aPartOfASpokenDayLooksBackInTheStorysMonth() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 10, 4), true);
        days("On 21 September 2023 the envoys met in Lorva.", ctx);
        assertThat(days("On the evening of the nineteenth thousands of people stood in the square.", ctx))
                .containsExactly(LocalDate.of(2023, 9, 19));
    }

    @Test
    void aDayTheStorysMonthHasNotReachedIsOfTheMonthBefore() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 10, 4), true);
        days("Yesterday, 3 October, two officials were detained in Kesta.", ctx);
        assertThat(days("The envoys met in Lorva on the twenty-first; nothing came of it.", ctx))
                .containsExactly(LocalDate.of(2023, 9, 21));
    }

    @Test
    void aDayOfTheMonthAlreadyPastStaysInTheStorysMonth() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 10, 30), true);
        days("On 3 October two officials were detained in Kesta.", ctx);
        assertThat(days("The envoys met in Lorva on the twenty-first; nothing came of it.", ctx))
                .containsExactly(LocalDate.of(2023, 10, 21));
    }

    @Test
    void anUpdatesStampSetBetweenRulesIsTheTodayOfItsItems() {
        String page = "TRAVEL UPDATE: NORTHIA\nLast updated: 28 Sep 2023, 10:20\n\n--- UPDATE 28 Sep 2023, 10:20 ---\n"
                + "* Extra seats have been added on Northport flights.\n\n--- UPDATE 20 Sep 2023, 22:05 ---\n"
                + "* A ceasefire between Northia and Southia took effect at 13:00 today.\n";
        assertThat(InventedConflict.extractRaw(page, "2023-09-28")).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 9, 20));
    }

    @Test
    void thisMonthMovesTheStoryToItsDays() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 4, 8), true);
        days("In September 2022 fighting broke out, and the leaders met in Westholm that October.", ctx);
        ctx.startParagraph();
        days("And then this March.", ctx);
        assertThat(days("The president came to Kesta on the thirteenth, and a treaty was signed.", ctx))
                .containsExactly(LocalDate.of(2025, 3, 13));
    }
}
