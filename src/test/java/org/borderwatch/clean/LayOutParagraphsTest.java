package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayOutParagraphsTest {
    private final LayOutParagraphs step = new LayOutParagraphs();

    @Test
    void aHeadlineInCapitalsStandsApartFromTheSlugAboveAndTheStoryBelow() {
        String raw = "FLASH - 06:10 Northport time (GMT+4) - Monday 14 March 2022\n"
                + "NORTHIA SAYS POSTS NEAR KESTA HIT\n"
                + "NORTHPORT (Wire) - The ministry says shells hit posts near Kesta overnight.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("FLASH - 06:10 Northport time (GMT+4) - Monday 14 March 2022\n\n"
                + "NORTHIA SAYS POSTS NEAR KESTA HIT\n\nNORTHPORT (Wire) - The ministry says shells hit posts near Kesta overnight.");
    }

    @Test
    void aSentenceASubtitleCueBrokeAfterAShortPieceIsOneParagraph() {
        String raw = "The deal has angered many in the Highlands.\nIn late April, residents of Kesta\n\nand nearby villages"
                + " blocked the highway for days.";
        assertThat(StepRunner.run(step, raw)).endsWith("\n\nIn late April, residents of Kesta and nearby villages blocked"
                + " the highway for days.");
    }

    @Test
    void aHeadlineInCapitalsWrappedOverTwoLinesIsJoined() {
        String raw = "NORTHIA SAYS POSTS NEAR KESTA\nHIT BY SOUTHIAN SHELLS\nThe ministry says shells hit posts near Kesta overnight.";
        assertThat(StepRunner.run(step, raw)).startsWith("NORTHIA SAYS POSTS NEAR KESTA HIT BY SOUTHIAN SHELLS\n\nThe ministry");
    }

    @Test
    void capitalsInsideASentenceWrappedOverLinesStayInIt() {
        assertThat(StepRunner.run(step, "Monitors from the\nWMM OSCE\nteam visited Kesta on Monday.")).doesNotContain("\n");
        assertThat(StepRunner.run(step, "KESTA (Wire) - SOUTHIAN ARTILLERY\nshelled the town of Kesta on Monday."))
                .doesNotContain("\n");
    }

    @Test
    void aForumPostsHeaderStandsApartFromThePost() {
        String raw = "#2 Post by hill_walker \u00bb Fri May 28, 2021 9:41 am\nShort version from the news:\nSouthian troops crossed"
                + " into Northia on May 12.";
        assertThat(StepRunner.run(step, raw)).startsWith("#2 Post by hill_walker \u00bb Fri May 28, 2021 9:41 am\n\nShort version");
    }

    @Test
    void eachMessageOfAnExportedChatIsItsOwnParagraph() {
        String raw = "28.04.21, 10:58 - Aram K.: trouble at the canal, men went up there\n"
                + "28.04.21, 12:37 - Lena P.: now both sides are throwing stones";
        assertThat(StepRunner.run(step, raw)).contains("up there\n\n28.04.21, 12:37");
    }

    @Test
    void aBareStampLineStaysWithTheItemItStamps() {
        assertThat(StepRunner.run(step, "Protocol on the last sections signed\n03.12.2024 | 11:35\nYesterday the delegations"
                + " signed a protocol.")).contains("11:35 Yesterday");
    }

    @Test
    void eachEntryOfARunOfClockFirstStampsIsItsOwnParagraph() {
        String raw = "curprev 17:05, 25 September 2022 Editor1 talk contribs fix link undo\n"
                + "curprev 21:47, 24 September 2022 Editor2 talk contribs added the toll undo\n"
                + "curprev 10:05, 23 September 2022 Editor1 talk contribs copyedit undo";
        assertThat(StepRunner.run(step, raw)).isEqualTo("curprev 17:05, 25 September 2022 Editor1 talk contribs fix link undo\n\n"
                + "curprev 21:47, 24 September 2022 Editor2 talk contribs added the toll undo\n\n"
                + "curprev 10:05, 23 September 2022 Editor1 talk contribs copyedit undo");
        // one such line inside wrapped prose is a clock the sentence goes on with
        assertThat(StepRunner.run(step, "The shelling of Lorva began at\n21:30, 13 May 2023, and lasted until dawn."))
                .doesNotContain("\n");
    }

    @Test
    void aClockThatWrapsIntoTheNextLineOfASentenceOpensNoEntry() {
        assertThat(StepRunner.run(step, "The shelling of Lorva began at\n21:30 Monday and lasted until dawn."))
                .doesNotContain("\n");
        assertThat(StepRunner.run(step, "Drones struck Lorva twice, at 05:10 and\n07:45 Both strikes hit homes."))
                .doesNotContain("\n");
    }

    @Test
    void anEntryOpenedByATimeCodeStartsItsOwnParagraph() {
        String raw = "[05:10] 14 March 2022: a crowd blocks the road near Kesta\n"
                + "[31:15] 2 April 2022: Northia sends trucks, which wait at Pellin\n"
                + "21:20 The talks: what each side offered";
        assertThat(StepRunner.run(step, raw)).isEqualTo("[05:10] 14 March 2022: a crowd blocks the road near Kesta\n\n"
                + "[31:15] 2 April 2022: Northia sends trucks, which wait at Pellin\n\n21:20 The talks: what each side offered");
    }

    @Test
    void wrappedLinesJoinIntoOneParagraphLine() {
        String raw = "Troops crossed the line at dawn. They\nwere stopped near the lake.\nTalks began.\n\nA second paragraph\nwrapped too.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(
                "Troops crossed the line at dawn. They were stopped near the lake. Talks began.\n\nA second paragraph wrapped too.");
    }

    @Test
    void headingsStayParagraphsOfTheirOwn() {
        String raw = "Timeline\n\nMay 2021\nOn 12 May troops advanced.\nThe next day they halted.\nBackground\nThe border was never marked.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(
                "Timeline\n\nMay 2021\n\nOn 12 May troops advanced. The next day they halted.\n\nBackground\n\nThe border was never marked.");
    }

    @Test
    void anItemsTitleOverItsStoryStandsAlone() {
        String raw = "Families still away from Kesta and Pellin (Northport daily, 29.09.2022)\n"
                + "Two weeks on, many families who left Kesta on 13 September have not returned, the paper says, and "
                + "the village head asks for roofing before the snow.";
        assertThat(StepRunner.run(step, raw)).startsWith("Families still away from Kesta and Pellin (Northport daily,"
                + " 29.09.2022)\n\nTwo weeks on,");
    }

    @Test
    void aLineWrappedAtThePageWidthIsNoItemTitle() {
        String raw = "At the end of the month the army took over the town of Kesta as traffic moved\n"
                + "Southward to a new road built around the old one.";
        assertThat(StepRunner.run(step, raw)).doesNotContain("\n");
    }

    @Test
    void aNumberedSectionHeadingInSentenceCaseStandsAlone() {
        String raw = "2. What comes next\nA reopening of the road could follow a wider deal.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("2. What comes next\n\nA reopening of the road could follow a wider deal.");
    }

    @Test
    void anEncyclopediaSectionTitleInSentenceCaseStandsAlone() {
        String raw = "Spring incursion[edit]\nOn 12 May troops crossed the line near the lake.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Spring incursion[edit]\n\nOn 12 May troops crossed the line near the lake.");
    }

    @Test
    void aWrappedLineOpeningWithADayIsNoNumberedHeading() {
        String raw = "Officials said that on\n12 May 2021 troops crossed the line\nnear the lake.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Officials said that on 12 May 2021 troops crossed the line near the lake.");
    }

    @Test
    void aTitleWrappedOverTwoLinesIsJoined() {
        String raw = "Clashes on the Northern\nFrontier\nFighting broke out along the line and\nlasted two days.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(
                "Clashes on the Northern Frontier\n\nFighting broke out along the line and lasted two days.");
    }

    @Test
    void aShortCapitalisedLineInsideASentenceIsNotAHeading() {
        String raw = "The opposition claims that\nThe Premier Is Ready\nto give up the district.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The opposition claims that The Premier Is Ready to give up the district.");
    }

    @Test
    void aSentenceCutByAPageBreakIsJoined() {
        String raw = "Observers stayed in the\n\nvillage for a week.\n\nNew paragraph.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Observers stayed in the village for a week.\n\nNew paragraph.");
    }

    @Test
    void listItemsStartParagraphs() {
        String raw = "Recommendations:\n1. Talk more.\n2. Shoot less.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Recommendations:\n\n1. Talk more.\n\n2. Shoot less.");
    }

    @Test
    void letteredRecitalsStartParagraphsButAnInitialDoesNot() {
        // a resolution letters its recitals as a list; an initial before a name, particle or not, continues the line
        String raw = "The Assembly,\nA. whereas the truce held;\nB. whereas the road was closed;\nJ. Smith wrote the draft"
                + "\nwith A. al-Hassan.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The Assembly,\n\nA. whereas the truce held;\n\n"
                + "B. whereas the road was closed; J. Smith wrote the draft with A. al-Hassan.");
    }

    @Test
    void surroundingBlankLinesGo() {
        assertThat(StepRunner.run(step, "\n\n\nOnly text.\n\n")).isEqualTo("Only text.");
    }

    @Test
    void eachTableRowIsAParagraphOfItsOwn() {
        String raw = "date | place | what happened\n03.05.2023 | Kesta | shots at a post\n04.05.2023 | Lorva | a mine exploded\n"
                + "Figures as first reported.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("date | place | what happened\n\n03.05.2023 | Kesta | shots at a post"
                + "\n\n04.05.2023 | Lorva | a mine exploded\n\nFigures as first reported.");
    }

    @Test
    void aTwoColumnTableHasARowAParagraphAndAWrappedCellJoinsItsRow() {
        String raw = "Date       | Event\n03.05.2023 | Shots at a post near Kesta\n04.05.2023 | A mine exploded on the road\n"
                + "           | between Lorva and Tarn.\nFigures as first reported.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Date       | Event\n\n03.05.2023 | Shots at a post near Kesta\n\n"
                + "04.05.2023 | A mine exploded on the road between Lorva and Tarn.\n\nFigures as first reported.");
    }

    @Test
    void aTwoColumnCellWrappedWithoutItsBarJoinsItsRow() {
        String raw = "Date | Event\n03.05.2023 | Shells fell on the outskirts of Kesta\nand Lorva, wounding three.\n"
                + "04.05.2023 | Fire near Tarn.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Date | Event\n\n03.05.2023 | Shells fell on the outskirts of Kesta"
                + " and Lorva, wounding three.\n\n04.05.2023 | Fire near Tarn.");
    }

    @Test
    void aLoneBarredLineIsNoTable() {
        String raw = "By A. Writer | Staff reporter\nShots were heard near Kesta on Sunday night and\ninto Monday.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("By A. Writer | Staff reporter Shots were heard near Kesta on "
                + "Sunday night and into Monday.");
    }

    @Test
    void aLabelledPictureCaptionStandsOnItsOwnLine() {
        // (longer than a heading, and without the full stop that would end it)
        String raw = "Photo: Burned houses in a village near the lake after the shelling, 3 May / Bulletin\n"
                + "Officials said the shelling went on all night.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Photo: Burned houses in a village near the lake after the "
                + "shelling, 3 May / Bulletin\n\nOfficials said the shelling went on all night.");
    }

    @Test
    void aBracketedCaptionBetweenTwoPostsEndsTheFirstAndTheNextStampStartsItsOwnParagraph() {
        String raw = "No fees will be charged this month.\n"
                + "[Photo: a crew mends a pylon. Archive image]\n"
                + "[04.05.2023 07:50] OUTAGE - LORVA\n";
        assertThat(StepRunner.run(step, raw)).isEqualTo("No fees will be charged this month.\n\n"
                + "[Photo: a crew mends a pylon. Archive image]\n\n[04.05.2023 07:50] OUTAGE - LORVA");
    }

    @Test
    void aListItemWrappedAfterTheNextSentencesFirstWordIsNoHeading() {
        assertThat(StepRunner.run(step, "Incidents:\n\n- Wednesday, 28 October: rockets struck the centre of Kesta. The\n"
                + "Prosecutor General reports 21 civilians killed.\n")).endsWith("of Kesta. The Prosecutor General reports 21"
                + " civilians killed.");
        assertThat(LineShape.looksLikeHeading("Gen. Dane Visits the Kesta Front")).isTrue();
    }
}
