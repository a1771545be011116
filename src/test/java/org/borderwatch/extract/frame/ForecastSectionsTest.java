package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A digest's section of what is to come holds plans, not events, on an invented conflict. */
class ForecastSectionsTest {
    @Test
    void headingsThatAnnounceWhatIsToComeAreKnownWithoutTheirNumberingOrPunctuation() {
        assertThat(ForecastSections.isForecastHeading("4. COMING UP")).isTrue();
        assertThat(ForecastSections.isForecastHeading("The week ahead:")).isTrue();
        assertThat(ForecastSections.isForecastHeading("OUTLOOK (next 7-14 days)")).isTrue();
        assertThat(ForecastSections.isForecastHeading("Ahead of the summit, shelling near Kesta")).isFalse();
    }

    @Test
    void aSummitListedUnderComingUpIsNoEventButTheNewsAboveItIs() {
        String digest = "Border digest\n\n1. THE WEEK\n\nSouthian troops shelled Kesta on Tuesday, 11 October.\n\n"
                + "2. COMING UP\n\n\u2022 Bloc summit, Westholm, 23 November. Watch whether the president attends.\n";
        assertThat(InventedConflict.extractRaw(digest, "2022-10-16"))
                .anyMatch(e -> e.date().start().equals(LocalDate.of(2022, 10, 11)))
                .noneMatch(e -> e.date().start().getMonthValue() == 11);
    }

    @Test
    void aLabelInCapitalsAfterAMinutesAgendaClosesIt() {
        String minutes = "Minutes of the Kesta council\n\nAGENDA\n1. The situation in Kesta after the incident of 10 January.\n"
                + "2. Miscellaneous.\n\nITEM 1. HEARD:\nThe head of the council said that last Friday an exchange of fire broke"
                + " out between Northian and Southian border guards near Kesta.\n";
        assertThat(InventedConflict.extractRaw(minutes, "2020-01-17"))
                .anyMatch(e -> e.date().start().equals(LocalDate.of(2020, 1, 10)));
    }

    @Test
    void aStoryHeadingInCapitalsAfterTheContentsClosesTheirWeekAhead() {
        String weekly = "BORDER WEEKLY\nIssue 9 | Monday, 3 May 2021\n\nIN THIS ISSUE\n1. Northia/Southia: fighting on the canal\n"
                + "2. Week ahead\n\n----------\n1. NORTHIA/SOUTHIA: THE WORST FIGHTING ON THE CANAL IN TWENTY YEARS\n\n"
                + "- Thu 29.04: Northian and Southian guards traded fire near Kesta.\n";
        assertThat(InventedConflict.extractRaw(weekly, "2021-05-03"))
                .anyMatch(e -> e.date().start().equals(LocalDate.of(2021, 4, 29)));
    }

    @Test
    void enDashItemsUnderAnOutlookAreEachAForecast() {
        String brief = "Client brief\n\nKEY DEVELOPMENTS\n\nSouthian troops shelled Kesta on Tuesday, 11 October.\n\n"
                + "OUTLOOK (next 7-14 days)\n\n\u2013 Likely: more statements on the checkpoint.\n"
                + "\u2013 Possible: exchanges of fire near Lorva, where the two sides' positions are close.\n";
        assertThat(InventedConflict.extractRaw(brief, "2022-10-16"))
                .anyMatch(e -> e.date().start().equals(LocalDate.of(2022, 10, 11)))
                .noneMatch(e -> e.locations().stream().anyMatch(l -> "Lorva".equals(l.name())));
    }
}
