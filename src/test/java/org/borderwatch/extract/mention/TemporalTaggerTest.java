package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Span;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
    private final TemporalTagger tagger = new TemporalTagger();

    private List<DateMention> tag(String text, TemporalContext ctx) {
        return tagger.tag(text, new Span(0, text.length()), ctx);
    }

    private DateSpan first(String text, TemporalContext ctx) {
        List<DateMention> found = tag(text, ctx);
        assertThat(found).as("dates in: " + text).isNotEmpty();
        return found.get(0).date();
    }

    @Test
    void yearsAgoThisWeekIsThatWeekYearsBack() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 9, 16), true);
        assertThat(first("Two years ago this week, the border exploded into fighting.", ctx)).isEqualTo(
                new DateSpan(LocalDate.of(2022, 9, 12), LocalDate.of(2022, 9, 18), org.borderwatch.domain.DatePrecision.WEEK));
    }

    @Test
    void aDayCountedBackWholeYearsTakesThatYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 6, 15), true);
        assertThat(first("Two years earlier, on the 28th of April, the quarrel at Kesta was about a fence.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 28)));
        assertThat(first("Villagers of Lorva fled on 3 March, three years ago, and came back in May.",
                new TemporalContext(LocalDate.of(2023, 6, 15), true))).isEqualTo(DateSpan.day(LocalDate.of(2020, 3, 3)));
        // counted from something else than the page, the years say nothing of the day's year
        assertThat(first("Two years before the war, on 28 April, a fence went up at Kesta.",
                new TemporalContext(LocalDate.of(2023, 6, 15), true))).isEqualTo(DateSpan.day(LocalDate.of(2023, 4, 28)));
    }

    @Test
    void spelledDaysOfAMonthTakeTheYearAfterThemAndMakeARange() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 9, 20), true);
        assertThat(first("From the fourteenth to the sixteenth of September 2022 the armies fought near Kesta.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16), DatePrecision.DAY));
        assertThat(first("On the third of May 2021 troops shelled Lorva.", new TemporalContext(LocalDate.of(2024, 9, 20), true)))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 5, 3)));
    }

    @Test
    void aHistoryToldByIntervalsMovesOnWithEachOfThem() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 4, 10), true);
        tag("On 11 January 2014 guards traded fire near Kesta.", ctx);
        assertThat(first("Seven years later the quarrel moved to the canal.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2021, 1, 1), DatePrecision.YEAR));
        assertThat(first("That April, troops fought at Lorva.", ctx)).isEqualTo(DateSpan.of(LocalDate.of(2021, 4, 1), DatePrecision.MONTH));
        assertThat(first("Nine months later it happened again near Tarn.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2022, 1, 1), DatePrecision.MONTH));
        assertThat(first("Eight months after that came the war.", ctx)).isEqualTo(DateSpan.of(LocalDate.of(2022, 9, 1), DatePrecision.MONTH));
        assertThat(first("Beginning on 14 September, the armies fought for three days.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 14)));
    }

    @Test
    void thatMonthIsInTheYearTheStoryReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 10, 1), true);
        tag("On 26 August 2022 troops entered Kesta.", ctx);
        assertThat(first("The family moved to Tarn, where the blockade began that December.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2022, 12, 1), DatePrecision.MONTH));
    }

    @Test
    void aRecentYearToldBeforeAnyDaySetsTheYearOfTheDaysAfterIt() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 6, 14), true);
        tag("The fighting of spring 2021 began at the Kesta canal.", ctx);
        assertThat(first("On 28 April, villagers threw stones across it.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 28)));
        for (String background : new String[] {"The ceasefire that ended the 2021 war held at Kesta.",
                "[Photo: the guard at his oath ceremony in 2021.]", "Kesta has been quiet since 2021.",
                "The line was drawn in 1924."}) {
            TemporalContext other = new TemporalContext(LocalDate.of(2023, 6, 14), true);
            tag(background, other);
            assertThat(first("On 28 April, villagers threw stones across the canal.", other)).as(background)
                    .isEqualTo(DateSpan.day(LocalDate.of(2023, 4, 28)));
        }
    }

    @Test
    void aDayInFiguresAfterAReportsParagraphNumberIsADay() {
        assertThat(first("4.1 30.09, approx. 22:10: guards at Kesta reported single shots.",
                new TemporalContext(LocalDate.of(2022, 10, 3), true))).isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 30)));
        assertThat(tag("The river rose 4.1 30.09 metres.", new TemporalContext(LocalDate.of(2022, 10, 3), true))).isEmpty();
    }

    @Test
    void aSpanRunningOnPastThePagesDayKeepsThePagesYear() {
        assertThat(first("The handover of Kesta was postponed from 15 November to 25 November.",
                new TemporalContext(LocalDate.of(2020, 11, 16), true)))
                .isEqualTo(new DateSpan(LocalDate.of(2020, 11, 15), LocalDate.of(2020, 11, 25), DatePrecision.DAY));
        assertThat(first("Shelling from 29 December to 2 January 2023 hit Kesta.", new TemporalContext(LocalDate.of(2023, 5, 1), true)))
                .isEqualTo(new DateSpan(LocalDate.of(2022, 12, 29), LocalDate.of(2023, 1, 2), DatePrecision.DAY));
    }

    @Test
    void thatWeekdayOpeningAClauseIsOfTheDayTheStoryReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 6, 15), true);
        tag("The stones flew at Kesta on 29 April 2021.", ctx);
        assertThat(first("That Thursday, troops fought around Lorva.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 29)));
        TemporalContext said = new TemporalContext(LocalDate.of(2023, 6, 15), true);
        tag("The stones flew at Kesta on 29 April 2021.", said);
        assertThat(first("Officials said that Thursday's talks in Tarn had failed.", said))
                .isEqualTo(DateSpan.day(LocalDate.of(2023, 6, 15)));
    }

    @Test
    void twoDaysOfDifferentMonthsJoinedByToOrBetweenAreOneSpan() {
        DateSpan span = new DateSpan(LocalDate.of(2021, 4, 29), LocalDate.of(2021, 5, 1), org.borderwatch.domain.DatePrecision.DAY);
        assertThat(tag("Fighting from 29 April to 1 May 2021 killed dozens.", new TemporalContext(LocalDate.of(2024, 9, 16), true)))
                .extracting(DateMention::date).containsExactly(span);
        assertThat(tag("Between 29 April and 1 May 2021 officials moved people out.", new TemporalContext(LocalDate.of(2024, 9, 16), true)))
                .extracting(DateMention::date).containsExactly(span);
        assertThat(tag("Shelling on 29 December 2022 \u2013 2 January 2023 hit Kesta.", new TemporalContext(LocalDate.of(2024, 9, 16), true)))
                .extracting(DateMention::date).containsExactly(new DateSpan(LocalDate.of(2022, 12, 29), LocalDate.of(2023, 1, 2),
                        org.borderwatch.domain.DatePrecision.DAY));
    }

    @Test
    void aBirthdayIsNoDateOfTheStory() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 9, 20), true);
        assertThat(tag("Bakhyt was born on 3 March 2000 in the village of Kesta.", ctx)).isEmpty();
        assertThat(ctx.narrativeDay()).isNotEqualTo(LocalDate.of(2000, 3, 3));
    }

    @Test
    void twoDaysJoinedByAndWithoutBetweenStayTwoDays() {
        assertThat(tag("Troops shelled Kesta on 29 April and 1 May 2021.", new TemporalContext(LocalDate.of(2024, 9, 16), true)))
                .hasSize(2);
    }

    @Test
    void theMinutesOfATimeCodeBeforeAMonthAreNoDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 9, 16), true);
        assertThat(tag("21:30 September 2022: drones over Kesta", ctx)).extracting(DateMention::date)
                .containsExactly(DateSpan.of(LocalDate.of(2022, 9, 1), org.borderwatch.domain.DatePrecision.MONTH));
    }

    @Test
    void aYearlessDayFollowedByLastYearIsInThePublicationsPreviousYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 15), true);
        assertThat(first("The fighting began on the morning of September 14 last year.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 14)));
        assertThat(first("Talks resumed on 3 May this year.", new TemporalContext(LocalDate.of(2023, 9, 15), true)))
                .isEqualTo(DateSpan.day(LocalDate.of(2023, 5, 3)));
    }

    @Test
    void aSentenceOpeningWithLastYearPutsItsYearlessDaysInThePreviousYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 10, 15), true);
        assertThat(tag("Last year, on 26 August, troops entered Kesta without a shot.", ctx)).extracting(DateMention::date)
                .contains(DateSpan.day(LocalDate.of(2022, 8, 26)));
        assertThat(tag("This year, on 26 August, troops entered Kesta without a shot.", ctx)).extracting(DateMention::date)
                .contains(DateSpan.day(LocalDate.of(2023, 8, 26)));
        assertThat(tag("Last year's truce was broken on 2 March, when troops shelled Kesta.", ctx)).extracting(DateMention::date)
                .contains(DateSpan.day(LocalDate.of(2023, 3, 2)));
        assertThat(tag("Last year the sides clashed near Lorva on 12 September, and this year, on 14 April, troops"
                + " shelled Kesta.", ctx)).extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2023, 4, 14)));
    }

    @Test
    void anUpdatesWeekdayIsOfTheUpdatesWeek() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 5, 16), true);
        // the stamp's own day, then the weekday of its week
        assertThat(tag("UPDATE 3 (5 May, 15:40): officials met in Kesta on Friday afternoon.", ctx))
                .extracting(DateMention::date).containsExactly(DateSpan.day(LocalDate.of(2023, 5, 5)),
                        DateSpan.day(LocalDate.of(2023, 5, 5)));
        assertThat(tag("Officials met in Kesta on Friday afternoon.", ctx)).extracting(DateMention::date)
                .contains(DateSpan.day(LocalDate.of(2023, 5, 12)));
    }

    @Test
    void theNextOrPreviousAfternoonCountsFromTheDayTheNarrativeReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 28), true);
        assertThat(tag("On 19 September 2023 troops attacked Kesta. The next afternoon a truce was agreed.", ctx))
                .extracting(DateMention::date).containsExactly(DateSpan.day(LocalDate.of(2023, 9, 19)),
                        DateSpan.day(LocalDate.of(2023, 9, 20)));
        assertThat(tag("On 19 September 2023 a truce was agreed, after fighting the previous afternoon.", ctx))
                .extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2023, 9, 18)));
    }

    @Test
    void aYearlessDayTakesTheYearOfItsMonthToldEarlierInTheSentence() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 5, 20), true);
        ctx.setNarrativeDay(LocalDate.of(2024, 3, 1));
        assertThat(tag("The account of September 2022 rests on the claim that troops shelled Kesta on 16 September.", ctx))
                .extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2022, 9, 16)));
    }

    @Test
    void aWeekdayRightAfterADayNamesThatDayNotOneOfThePublicationsWeek() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 5, 10), true);
        assertThat(tag("28 April 2021, Wednesday", ctx)).extracting(DateMention::date)
                .containsOnly(DateSpan.day(LocalDate.of(2021, 4, 28)));
        assertThat(tag("Shots were heard on 28 April 2021 (Wednesday) near Kesta.", ctx)).extracting(DateMention::date)
                .containsOnly(DateSpan.day(LocalDate.of(2021, 4, 28)));
        assertThat(tag("The report of 28 April 2021 was discussed on Wednesday.", ctx)).extracting(DateMention::date)
                .contains(DateSpan.day(LocalDate.of(2022, 5, 4)));
    }

    @Test
    void aYearlessMonthFollowedByLastYearIsInThePublicationsPreviousYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 15), true);
        assertThat(first("The ridge above Kesta has been held since May last year.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2022, 5, 1), DatePrecision.MONTH));
    }

    @Test
    void aMonthAfterToOrFromIsAMonth() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 15), true);
        assertThat(first("Herders trace the quarrel back to March, when the fence went up.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2023, 3, 1), DatePrecision.MONTH));
    }

    @Test
    void thoseDaysAreTheDaysTheNarrativeHasJustTold() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 15), false);
        tag("Patrols met resistance near Kesta on 7 and 8 March 2024.", ctx);
        assertThat(first("Three barns in Lorva were looted during those two days.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8), DatePrecision.DAY));
    }

    @Test
    void aDayASentenceLooksBackToDoesNotMoveTheStory() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 1), false);
        tag("On 23 April 2023 troops set up a post, breaching the accord of 9 November 2020.", ctx);
        assertThat(first("On 15 June a guard was wounded at the post.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2023, 6, 15)));
    }

    @Test
    void theDayADocumentBearsInItsNameIsNoPointTheStoryReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2026, 3, 2), true);
        tag("The council turned to Southia under the Pact of Mutual Aid of 12 February 1998.", ctx);
        ctx.startParagraph();
        assertThat(first("It denies that shots were fired late on 28 February.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2026, 2, 28)));
        // "As of" and "Ahead of" name no document: the story stays at their day
        assertThat(TemporalTagger.datesADocument("As of 12 February 1998", 6)).isFalse();
        assertThat(TemporalTagger.datesADocument("Ahead of 12 February 1998", 9)).isFalse();
        assertThat(TemporalTagger.datesADocument("under the Pact of Mutual Aid of 12 February 1998", 32)).isTrue();
        TemporalContext story = new TemporalContext(LocalDate.of(2026, 3, 2), true);
        tag("Shells fell on the morning of 12 February 1998.", story);
        story.startParagraph();
        assertThat(first("On 28 February a truce held.", story)).isEqualTo(DateSpan.day(LocalDate.of(1998, 2, 28)));
    }

    @Test
    void aMonthThatNamesAnActIsNoPointTheStoryReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 1), false);
        tag("The blockade began on 12 December 2022.", ctx);
        tag("It ended with the offensive of September 2023.", ctx);
        assertThat(first("On 13 December the gas supply was cut.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 12, 13)));
    }

    @Test
    void aBareDayOfTheMonthIsReadInTheMonthToldLastEvenALookBack() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 4, 22), true);
        tag("In January 2014 the guards fired at each other near Kesta.", ctx);
        tag("What do you remember of April 2021?", ctx);
        ctx.startParagraph();
        assertThat(first("On the 29th, late in the afternoon, shells fell on Lorva.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 29)));
        assertThat(first("From the first of May the road at Tarn was shut.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 5, 1)));
    }

    @Test
    void aMonthOfTheSameYearIsInTheYearTheStoryToldLast() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 1, 12), true);
        tag("Start in May 2021. On the 12th of that month troops crossed into Kesta.", ctx);
        ctx.startParagraph();
        tag("In November of the same year the pattern repeated itself.", ctx);
        assertThat(first("On 16 November Northia asked for help.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2021, 11, 16)));
    }

    @Test
    void thatSameEveningIsTheStorysDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 1, 12), true);
        tag("On 16 September 2022 the presidents met in Westholm.", ctx);
        assertThat(first("That same evening the two chiefs agreed a ceasefire.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 16)));
    }

    @Test
    void lastSeptemberMovesTheStoryToThatMonth() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 3, 10), true);
        tag("On 28 July 2021 there was fighting above Kesta.", ctx);
        tag("Last September the war came to the whole border.", ctx);
        ctx.startParagraph();
        assertThat(first("Shortly after midnight on 13 September shells hit Lorva.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 13)));
    }

    @Test
    void yearsOfBirthDateNothing() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 10));
        assertThat(tag("Two herders of Lorva, born in 1981 and 1996, were wounded.", ctx)).isEmpty();
        assertThat(tag("A guard, born 1990, died; the post was built in 1990.", ctx))
                .extracting(d -> d.date().start().getYear()).containsExactly(1990);
        assertThat(tag("A guard, born 1990, died; the post was built in 1990.", ctx).get(0).span().start())
                .isGreaterThan(30);
    }

    @Test
    void dayUnderADatedHeadingTakesTheHeadingsYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 10));
        ctx.setHeading(tagger.headingMonth("June 2019"));
        assertThat(first("On 3 June, troops moved.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2019, 6, 3)));
    }

    @Test
    void daysAfterAMonthThatOpensTheSentenceAreInThatMonthsYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 4, 15));
        tag("On 13 March 2025, the two leaders signed a treaty.", ctx);
        List<DateMention> item = tag("- April 2019: troops fought from 29 April to 1 May.", ctx);
        // (the two days bound one span)
        assertThat(item.get(1).date().start()).isEqualTo(LocalDate.of(2019, 4, 29));
        assertThat(item.get(1).date().end()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(first("In December 2018, the post fell; on 2 January talks began.", ctx).start().getYear()).isEqualTo(2018);
        assertThat(tag("In December 2018, the post fell; on 2 January talks began.", ctx).get(1).date().start())
                .isEqualTo(LocalDate.of(2019, 1, 2));
        // a day months after the opening month is not told under it, but the sentence still goes on in that month's
        // year; a day of an earlier month than the one told cannot be in its year, and is read as any yearless day
        TemporalContext fresh = new TemporalContext(LocalDate.of(2025, 4, 15));
        assertThat(tag("In April 2019 the dispute began, and on 9 November troops moved.", fresh).get(1).date().start())
                .isEqualTo(LocalDate.of(2019, 11, 9));
        assertThat(tag("In November 2019 the dispute began, and on 9 March troops moved.",
                new TemporalContext(LocalDate.of(2025, 4, 15))).get(1).date().start()).isEqualTo(LocalDate.of(2025, 3, 9));
    }

    @Test
    void newsDoesNotCarryAnOldYearIntoALaterParagraph() {
        TemporalContext news = new TemporalContext(LocalDate.of(2023, 4, 24), true);
        tag("The move broke the accord of 9 November 2020, the ministry said.", news);
        news.startParagraph();
        assertThat(first("On April 11, troops exchanged fire near Kesta.", news)).isEqualTo(DateSpan.day(LocalDate.of(2023, 4, 11)));
        TemporalContext sameDay = new TemporalContext(LocalDate.of(2022, 9, 13), true);
        tag("The attack broke the accord of 9 November 2020.", sameDay);
        sameDay.startParagraph();
        assertThat(first("On 13 September the council met.", sameDay)).isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 13)));
        // a history, or the same paragraph, still runs on from the year it told
        TemporalContext history = new TemporalContext(LocalDate.of(2023, 4, 24), false);
        tag("The move broke the accord of 9 November 2020, the ministry said.", history);
        history.startParagraph();
        assertThat(first("On April 11, troops exchanged fire near Kesta.", history)).isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 11)));
        TemporalContext sameParagraph = new TemporalContext(LocalDate.of(2023, 4, 24), true);
        tag("The move broke the accord of 9 November 2020, the ministry said.", sameParagraph);
        assertThat(first("On April 11, troops exchanged fire near Kesta.", sameParagraph))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 11)));
    }

    @Test
    void aWeekdayOfLastWeekIsInTheWeekBeforeThisOne() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2021, 11, 17)); // a Wednesday
        assertThat(first("A farmer was killed on Monday of last week.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2021, 11, 8)));
        assertThat(first("A farmer was killed on Monday.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2021, 11, 15)));
    }

    @Test
    void aWeekdayTheStatedDayFellOnIsThatDayNotTheLastSuchWeekday() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 20), true);
        // 16 September 2022 was a Friday; the Friday before publication was 15 September 2023
        assertThat(tag("\"Shells came on the Friday morning,\" she said, recalling 16 September last year.", ctx))
                .extracting(DateMention::date).filteredOn(d -> d.precision() == DatePrecision.DAY)
                .containsOnly(DateSpan.day(LocalDate.of(2022, 9, 16)));
        assertThat(first("Shells came on the Friday morning, she said.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2023, 9, 15)));
        // "on Friday" is this week's, even beside a stated day that was also a Friday
        assertThat(first("On Friday troops shelled Kesta, a year after the clashes of 16 September 2022.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2023, 9, 15)));
    }

    @Test
    void aWeekdayJoinedToADayTheSentenceStatesMovesOnFromThatDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 9, 23), true); // a Friday
        // 14 September 2022 was a Wednesday: "and on Friday" is the 16th, not the day of publication
        assertThat(tag("Shooting near Kesta began on Wednesday, 14 September, and on Friday spread along the line.", ctx))
                .extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2022, 9, 16)))
                .doesNotContain(DateSpan.day(LocalDate.of(2022, 9, 23)));
        // a day told in an earlier sentence does not pull the weekday back
        tag("The border commissions agreed on 2 September on the northern section.", ctx);
        assertThat(first("The deal angered Lorva, and on Thursday crowds rallied in the capital.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 22)));
    }

    @Test
    void aYearlessDayWithinAWeekOfTheStorysDayIsOfTheStorysYearNotOfAnEarlierLinesSameDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 4, 29), true);
        tag("Started by Kesta Families Group \u00b7 29.04.2023", ctx);
        tag("It began on 28 April 2021, with a quarrel over the canal.", ctx);
        assertThat(first("On 29 April the border troops opened fire on each other near Lorva.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 4, 29)));
    }

    @Test
    void twoDaysInFiguresSharingTheirMonthAreOneSpan() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 10, 14), true);
        assertThat(first("Villages damaged during the fighting of 14-16.09 are still being counted.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16), DatePrecision.DAY));
        assertThat(tag("Prices rose by 14-16.5 per cent.", ctx)).isEmpty();
    }

    @Test
    void newsDoesNotCarryAnOldYearToADayFarAfterItInTheSameParagraph() {
        TemporalContext news = new TemporalContext(LocalDate.of(2023, 12, 15), true);
        tag("The accord of 9 November 2020 froze the line for a while.", news);
        assertThat(first("On 19 September troops stormed the last posts near Kesta.", news))
                .isEqualTo(DateSpan.day(LocalDate.of(2023, 9, 19)));
        // within a few months of the told date the narrative still runs on from it
        TemporalContext soon = new TemporalContext(LocalDate.of(2023, 12, 15), true);
        tag("The accord of 9 November 2020 froze the line for a while.", soon);
        assertThat(first("On 2 February troops stormed the last posts near Kesta.", soon))
                .isEqualTo(DateSpan.day(LocalDate.of(2021, 2, 2)));
    }

    @Test
    void aYearlessDayTakesTheYearOfADayItsOwnSentenceStates() {
        TemporalContext story = new TemporalContext(LocalDate.of(2023, 3, 1), false);
        tag("Two days after 12 May 2021 the capital asked its allies for help.", story);
        List<DateMention> days = tag("On 12 December 2022 activists blocked the road near Kesta, after they had closed it for an hour on 3 December.", story);
        assertThat(days).extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2022, 12, 3)));
        // the narrative goes on from there: the next sentence's yearless days follow it
        assertThat(first("Gas to Kesta was cut on 13 December.", story)).isEqualTo(DateSpan.day(LocalDate.of(2022, 12, 13)));
    }

    @Test
    void headingMonthIsReadOnlyFromAMonthAndYear() {
        assertThat(tagger.headingMonth("March 2020")).isEqualTo(YearMonth.of(2020, 3));
        assertThat(tagger.headingMonth("Background")).isNull();
    }

    @Test
    void narrativeRelativeDatesCountFromTheLastDayReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2020, 12, 31));
        tag("On 4 October 2020, a village was hit.", ctx);
        assertThat(first("The same day, talks began.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2020, 10, 4)));
        assertThat(first("The following day, more fire.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2020, 10, 5)));
        assertThat(first("Over the next three days, shelling went on.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2020, 10, 6), LocalDate.of(2020, 10, 8), DatePrecision.DAY));
    }

    @Test
    void rangesKeepTheirLastDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2021, 1, 1));
        assertThat(first("Fighting lasted from 3 to 9 March 2018.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2018, 3, 3), LocalDate.of(2018, 3, 9), DatePrecision.DAY));
        assertThat(first("Strikes on 21\u201323 April 2019 hit towns.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2019, 4, 21), LocalDate.of(2019, 4, 23), DatePrecision.DAY));
    }

    @Test
    void ordinalsAndMonthFirstDates() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2017, 12, 1));
        assertThat(first("On 2nd November the talks ended.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2017, 11, 2)));
        assertThat(first("Late in the evening on October 30 they spoke.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2017, 10, 30)));
    }

    @Test
    void yearsAndMonthsHaveCoarsePrecision() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2016, 6, 1));
        assertThat(first("Protests grew in 2012.", ctx)).isEqualTo(DateSpan.of(LocalDate.of(2012, 1, 1), DatePrecision.YEAR));
        assertThat(first("A deal was signed in February 2013.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2013, 2, 1), DatePrecision.MONTH));
    }

    @Test
    void publicationRelativeExpressions() {
        LocalDate published = LocalDate.of(2019, 4, 18); // a Thursday
        assertThat(first("Troops crossed the line this week.", new TemporalContext(published)))
                .isEqualTo(new DateSpan(LocalDate.of(2019, 4, 15), published, DatePrecision.WEEK));
        assertThat(first("He called a meeting on Monday evening.", new TemporalContext(published)))
                .isEqualTo(DateSpan.day(LocalDate.of(2019, 4, 15)));
        assertThat(first("Ever since the fighting last October, tension rose.", new TemporalContext(published)))
                .isEqualTo(DateSpan.of(LocalDate.of(2018, 10, 1), DatePrecision.MONTH));
        assertThat(first("Talks resumed in March.", new TemporalContext(published)))
                .isEqualTo(DateSpan.of(LocalDate.of(2019, 3, 1), DatePrecision.MONTH));
        assertThat(first("A skirmish happened in late April this year.", new TemporalContext(published)))
                .isEqualTo(DateSpan.of(LocalDate.of(2019, 4, 1), DatePrecision.MONTH));
        assertThat(first("Early December saw clashes.", new TemporalContext(published)).start().getYear())
                .as("a month later in the year than publication belongs to the year before").isNotEqualTo(2019);
    }

    @Test
    void theDayBeforeCountsBackFromTheNarrativeButNotFromANamedOccasion() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2015, 12, 31));
        tag("On 9 May 2014, police detained forty people.", ctx);
        assertThat(first("The day before, thousands marched in the capital.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2014, 5, 8)));
        tag("On 9 May 2014, police detained forty people.", ctx);
        assertThat(first("Two days earlier the road was shut.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2014, 5, 7)));
        tag("On 9 May 2014, police detained forty people.", ctx);
        assertThat(tag("Crowds gathered the day before the vote.", ctx)).isEmpty();
    }

    @Test
    void aLookBackToAnEarlierMonthDoesNotMoveTheStorysYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 9, 30));
        tag("The evacuation began on 16 September 2022.", ctx);
        tag("In April 2021, thousands had fled the same area.", ctx);
        assertThat(first("Houses burned on 17 September.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 17)));
    }

    @Test
    void dayMonthWithoutYearMovesTheNarrativeForward() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2015, 12, 31));
        tag("On 20 November 2013, a post was set up.", ctx);
        assertThat(first("On 2 February, it was moved.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2014, 2, 2)));
    }

    @Test
    void aDayToldBesideLastMonthIsCountedFromPublication() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 5, 12));
        tag("The truce was signed on 10 November 2020.", ctx);
        assertThat(tag("Last month, on 11 April, three soldiers were killed.", ctx))
                .extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2023, 4, 11)));
    }

    @Test
    void aMonthOfThatYearTakesTheYearNamedBeforeIt() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 20));
        assertThat(tag("The war of 2020 ended with a truce in November of that year.", ctx))
                .extracting(DateMention::date).contains(DateSpan.of(LocalDate.of(2020, 11, 1), DatePrecision.MONTH));
    }

    @Test
    void aDayOfThatYearTakesTheYearNamedBeforeIt() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 3, 6));
        assertThat(tag("Monitors arrived in November 2020 under the accord signed on November 9 of that year.", ctx))
                .extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2020, 11, 9)))
                .doesNotContain(DateSpan.day(LocalDate.of(2022, 11, 9)));
        assertThat(tag("The truce of 2019 was renewed on 4 June of the same year.", ctx))
                .extracting(DateMention::date).contains(DateSpan.day(LocalDate.of(2019, 6, 4)));
    }

    @Test
    void maybeIsNotAMonth() {
        assertThat(tag("Forces may withdraw soon.", new TemporalContext(LocalDate.of(2020, 1, 1)))).isEmpty();
    }

    @Test
    void daysWrittenInFiguresAreDayFirstOrIso() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 10));
        assertThat(first("25.05.2021 | near the lake | a soldier was shot", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2021, 5, 25)));
        assertThat(first("Posted 2022-03-08: the pipeline was cut.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 3, 8)));
        assertThat(tag("A 7.62 mm round, version 1.2.2021b, and 3.5 km.", ctx)).isEmpty();
    }

    @Test
    void aWeekdayInCapitalsHeadingAnItemIsThatDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 9, 25)); // a Monday
        assertThat(first("TUESDAY. Two mines exploded.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2023, 9, 19)));
    }

    @Test
    void thatMorningAndLaterThatMonthCountFromTheNarrative() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 10));
        tag("Shells hit Kesta on 13 September 2022.", ctx);
        assertThat(first("That morning the government appealed for help.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 13)));
        assertThat(first("Lorva was struck the same night.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 13)));
        assertThat(first("Observers came later that month.", ctx))
                .isEqualTo(DateSpan.of(LocalDate.of(2022, 9, 1), DatePrecision.MONTH));
    }

    @Test
    void thisEveningIsTodayButByThisMorningIsADeadline() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 5, 10));
        assertThat(first("Shells hit Kesta this evening.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2023, 5, 10)));
        assertThat(tag("Twelve had died by this morning.", ctx)).isEmpty();
    }

    @Test
    void aChronologyInOneSentenceRunsOnFromEachDayItTold() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 10));
        List<DateMention> found = tag("On 2 June 2021, guards were seized near Kesta; on 9 July, they were freed; on 5 February"
                + " 2022, Lorva was shelled; on 1 March, envoys met in Westholm; on 30 September, a truce was signed;"
                + " on 20 December, a mission arrived, eight days after the raid of 12 December.", ctx);
        // "eight days after" counts back from 20 December to the raid's own day
        assertThat(found).extracting(d -> d.date().start()).containsExactly(LocalDate.of(2021, 6, 2),
                LocalDate.of(2021, 7, 9), LocalDate.of(2022, 2, 5), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 30),
                LocalDate.of(2022, 12, 20), LocalDate.of(2022, 12, 12), LocalDate.of(2022, 12, 12));
    }

    @Test
    void daysInFiguresWithSlashesAreDaysAndASecondFigureAbove12IsReadMonthFirst() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 1, 10));
        assertThat(first("Shelling of Kesta on 14/03/2023 damaged the school.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2023, 3, 14)));
        assertThat(first("The post was abandoned on 03/14/2023.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2023, 3, 14)));
        assertThat(first("Families left Lorva on 16-17/09/2022.", ctx))
                .isEqualTo(new DateSpan(LocalDate.of(2022, 9, 16), LocalDate.of(2022, 9, 17), DatePrecision.DAY));
    }

    @Test
    void theDayADocumentIsNamedByDoesNotLendItsYearToTheSentencesOwnDay() {
        assertThat(first("On 2 March Southian guards shut the Lorva crossing, in breach of the accord of 14 December 2019.",
                new TemporalContext(LocalDate.of(2023, 3, 10), true))).isEqualTo(DateSpan.day(LocalDate.of(2023, 3, 2)));
        assertThat(tag("Southian guards, in breach of the accord of 14 December 2019, shut the Lorva crossing on 2 March.",
                new TemporalContext(LocalDate.of(2023, 3, 10), true))).extracting(d -> d.date().start())
                .contains(LocalDate.of(2023, 3, 2));
    }

    @Test
    void aLaterDayAfterPublicationIsTheOneBefore() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 3, 20), true);
        assertThat(tag("On 15 March 2023 the council said the Kesta road had been shut since 12 October.", ctx))
                .extracting(d -> d.date().start()).containsExactly(LocalDate.of(2023, 3, 15), LocalDate.of(2022, 10, 12));
    }

    @Test
    void spokenDaysTakeTheYearTheirWeekdayFallsIn() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2023, 12, 1), true);
        assertThat(first("Monday, the twentieth, a patrol was stopped near Kesta.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2023, 11, 20)));
        assertThat(tag("October, the seventh, a Friday, barns in Lorva were burned.", ctx))
                .as("the weekday fixes the year and is no day of its own")
                .extracting(DateMention::date).containsExactly(DateSpan.day(LocalDate.of(2022, 10, 7)));
        assertThat(first("The second of May, also a Monday, shots near Pellin.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2022, 5, 2)));
    }

    @Test
    void aWeekdayAndItsDayOfTheMonthFallInTheMonthTheStoryReached() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2024, 7, 16), true);
        tag("On 10 October 2022 the envoys met in Westholm.", ctx);
        assertThat(first("On Friday, the fourteenth, the talks broke down.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 10, 14)));
    }

    @Test
    void anOrdinalBeforeANounCountsThingsAndNamesNoDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 9, 24), true);
        assertThat(first("On Tuesday the first shells landed on Kesta.", ctx)).isEqualTo(DateSpan.day(LocalDate.of(2022, 9, 20)));
        assertThat(tag("In May, the first convoy reached Lorva.", ctx)).extracting(d -> d.date().precision())
                .containsExactly(DatePrecision.MONTH);
        assertThat(tag("In June, the first-ever joint patrol crossed Kesta.", ctx)).extracting(d -> d.date().precision())
                .containsExactly(DatePrecision.MONTH);
        assertThat(tag("On Tuesday, the second-largest town was shelled.", ctx)).extracting(d -> d.date().start())
                .containsExactly(LocalDate.of(2022, 9, 20));
    }
    @Test
    void aYearlessDayAfterAMonthTheSentenceToldWithItsYearIsInThatYear() {
        for (String month : new String[] {"In May 2021", "In May last year"}) {
            TemporalContext ctx = new TemporalContext(LocalDate.of(2022, 5, 26), true);
            tag("The war ended with the statement of 10 November 2020.", ctx);
            List<DateMention> found = tag(month + " troops moved forward near Tarn, and in November the clashes of"
                    + " 16 November near Kesta were the worst since the war.", ctx);
            assertThat(found.get(found.size() - 1).date()).as(month).isEqualTo(DateSpan.day(LocalDate.of(2021, 11, 16)));
            // the story has reached that year: a later sentence's yearless day goes on from it
            assertThat(first("The leaders met in Lorva on 26 November.", ctx)).as(month).isEqualTo(DateSpan.day(LocalDate.of(2021, 11, 26)));
        }
        // a month the sentence looks back to gives no year: "since May 2021, and on 3 June ..." is this year's June
        TemporalContext since = new TemporalContext(LocalDate.of(2023, 7, 1), true);
        List<DateMention> found = tag("Kesta has been quiet since May 2021, but on 3 June guards fired at Lorva.", since);
        assertThat(found.get(found.size() - 1).date()).isEqualTo(DateSpan.day(LocalDate.of(2023, 6, 3)));
    }
    @Test
    void theYearOfASourceCitedInBracketsIsNoDate() {
        for (String cited : new String[] {"(Sultanova and Pirov 2023)", "(Reeves 2014; Kasymova 2025)", "(HRW, 2021: 14)",
                "(Kucera et al. 2021)"}) {
            assertThat(tag("Artillery was used across the Highlands " + cited + ".", new TemporalContext(LocalDate.of(2025, 9, 29), true)))
                    .as(cited).isEmpty();
        }
        // a month or a season in brackets is a time
        for (String time : new String[] {"(October 2022)", "(spring 2021)", "(the 2021 clashes)"}) {
            assertThat(tag("The truce held " + time + ".", new TemporalContext(LocalDate.of(2025, 9, 29), true))).as(time).isNotEmpty();
        }
    }
    @Test
    void aStoryToldUpToNowComesBackToThePagesYear() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 4, 24), true);
        tag("Kesta burned in September 2022, was rebuilt in 2023, and is now being emptied again.", ctx);
        assertThat(first("Under the treaty signed in Lorva on 13 March, the village goes to Southia.", ctx))
                .isEqualTo(DateSpan.day(LocalDate.of(2025, 3, 13)));
        // without the present, the story stays in the year it reached
        TemporalContext past = new TemporalContext(LocalDate.of(2025, 4, 24), true);
        tag("Kesta burned in September 2022 and was rebuilt in 2023.", past);
        assertThat(first("A treaty was signed in Lorva on 13 March.", past)).isEqualTo(DateSpan.day(LocalDate.of(2023, 3, 13)));
    }

    @Test
    void aWeekdayBeforeTheOrdinalOfAMonthIsThatDay() {
        TemporalContext ctx = new TemporalContext(LocalDate.of(2025, 3, 24), true);
        assertThat(tag("On Wednesday the 28th of April 2021, guards quarrelled at the canal.", ctx))
                .extracting(d -> d.date().start()).containsOnly(LocalDate.of(2021, 4, 28));
    }
}
