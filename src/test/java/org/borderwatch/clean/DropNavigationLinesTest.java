package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropNavigationLinesTest {
    private final DropNavigationLines step = new DropNavigationLines();

    @Test
    void breadcrumbsGo() {
        String raw = "Home / Analysis / Fighting flares in the valley\nFighting flared on Monday.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Fighting flared on Monday.");
    }

    @Test
    void anEncyclopediasNoteOnWhatThePageIsNotAboutGoes() {
        String raw = "This article is about the 2023 clashes. For the fighting of 2021, see Kesta incidents.\n"
                + "For other uses, see Kesta (disambiguation).\nFor three days the two armies fought near Kesta, see the map.\n"
                + "For the first time, see, the guards killed no one.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("For three days the two armies fought near Kesta, see the map.\n"
                + "For the first time, see, the guards killed no one.");
    }

    @Test
    void aRedirectNoteGoesHoweverLongTheTitlesOnItsLine() {
        String raw = "\"Northia\u2013Southia clashes (2031)\" redirects here. For the fighting in Greyvale in March and"
                + " August 2031, see Greyvale conflict \u00a7 2031.\nThe guns fell silent on 3 May.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The guns fell silent on 3 May.");
    }

    @Test
    void aNoteOnWhatThePageIsNotGoes() {
        String raw = "Not to be confused with the 2030 Kesta clash.\nThe guns fell silent on 3 May.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The guns fell silent on 3 May.");
    }

    @Test
    void otherStoriesHeadlinesUnderTheirLabelGo() {
        String raw = "Other news in this section:\nThe governor visited the Kesta cement plant\nHarvest begins in Lorva\n\n"
                + "The guns fell silent on 3 May.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("\nThe guns fell silent on 3 May.");
    }

    @Test
    void menusOfShortLinesGo() {
        String raw = "News\nAnalysis\nAbout us\nContact\n\nThe talks failed.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("\nThe talks failed.");
    }

    @Test
    void aChronologysFirstDayBelowItsColumnHeadsIsNoMenuItem() {
        String raw = "Date\nEvent\n2 May 2023\nTroops crossed the river near Kesta.\n9 May 2023\nTalks resumed.";
        assertThat(StepRunner.run(step, raw)).contains("2 May 2023\nTroops crossed");
        assertThat(StepRunner.run(step, "Date\nEvent\nPlace\n\nThe talks failed.")).isEqualTo("\nThe talks failed.");
    }

    @Test
    void aTableRowOfShortCellsWithADayIsNoBreadcrumb() {
        String raw = "Kesta | Highlands | shelling (3 May) | 12 / 4 | families moved to Amberly\nTalks resumed.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
        assertThat(StepRunner.run(step, "Home | Regions | Highlands | Kesta\nTalks resumed.")).isEqualTo("Talks resumed.");
    }

    @Test
    void shortLinesALeadAnnouncesWithAColonAreItsListAndStay() {
        String raw = "Residents were evacuated from these villages:\n• Kesta\n• Lorva\n• Pellin\nMost stay with relatives.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void boilerplateLinesGoEvenInsideTheBody() {
        String raw = "Troops withdrew.\n\nRelated article: Why the pass matters to both sides\n\nShare this\nPerейти к навигации\nTalks resumed.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Troops withdrew.\n\n\nPerейти к навигации\nTalks resumed.");
    }

    @Test
    void linksToOtherStoriesGo() {
        String raw = "Troops withdrew.\nRelated: Northia and Southia continue border talks\nSee also: the 2019 accord\nTalks resumed.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Troops withdrew.\nTalks resumed.");
    }

    @Test
    void cookieBannersGoWhicheverSentenceTheyOpenWith() {
        String raw = "This site uses cookies to remember you. By staying here you agree to them. OK\n"
                + "We use cookies for statistics. Accept | Refuse\n"
                + "By continuing to use the website you agree to our use of cookies.\nThe sides agree to pull back.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("The sides agree to pull back.");
    }

    @Test
    void pageNumberLinesGo() {
        assertThat(StepRunner.run(step, "End of a page\nPage 3 of 10\nnext page")).isEqualTo("End of a page\nnext page");
    }

    @Test
    void russianMirrorWrapperLinesGo() {
        String raw = "Перейти к навигации Перейти к поиску\nМатериал из Справочника\nBody text here.";
        assertThat(StepRunner.run(step, raw)).isEqualTo("Body text here.");
    }

    @Test
    void twoShortHeadingsAreNotAMenu() {
        String raw = "Timeline\n\nMarch 2022\n\nOn 3 March a post was shelled.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void sentencesWithSlashesStay() {
        String raw = "The road Goris / Kapan / Meghri was closed for hours.";
        assertThat(StepRunner.run(step, raw)).isEqualTo(raw);
    }

    @Test
    void aTableRowWithALongCellIsNoBreadcrumb() {
        String raw = "04.05.2023 | Kesta district | Northian soldier wounded by fire from Southian posts | 1 wounded\n"
                + "Home | Region | Kesta";
        assertThat(StepRunner.run(step, raw)).isEqualTo(
                "04.05.2023 | Kesta district | Northian soldier wounded by fire from Southian posts | 1 wounded");
    }
}
