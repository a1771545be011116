package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

class HeadlineAndQuotedTermTest {
    @Test
    void aHeadlineToldByTheBodyDoesNotSwallowTheDayBefore() {
        List<Event> events = InventedConflict.extract("Dozens Detained In Northport As Rallies Resume\n\n"
                + "Police in Northport have detained 40 protesters as they blocked streets in the capital on Tuesday.\n\n"
                + "The day before, thousands of supporters gathered in a square of Northport, calling on the premier to resign.",
                "2024-05-07");
        assertThat(events).extracting(e -> e.date().start())
                .contains(LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 6));
        assertThat(events).filteredOn(e -> e.date().start().equals(LocalDate.of(2024, 5, 7)))
                .extracting(Event::subEventType).contains(SubEventType.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void aHeadlineUnderAPageLabelTellsTheBodysEarlierFightAtItsPlace() {
        String title = "Four soldiers killed at Kesta as talks stall";
        List<Event> events = InventedConflict.extractTitled(title, "Analysis | Border Programme\n\n" + title + "\n\n"
                + "Two incidents this month show how fragile the talks are.\n\n"
                + "On 11 April, Northian and Southian troops exchanged fire near the village of Kesta. Four Northian"
                + " soldiers were killed.", "2023-04-27");
        assertThat(events).filteredOn(e -> e.locations().stream().anyMatch(l -> "Kesta".equals(l.name())))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 4, 11)));
    }

    @Test
    void theDayAnAccordWasSignedIsNotTheDayTheStoryHasReached() {
        List<Event> events = InventedConflict.extract("Soldier killed near Kesta\n\n"
                + "On 3 May, at about 14:00, Southian troops opened fire at Northian positions near Kesta.\n\n"
                + "Both governments are bound by the border memorandum signed by their ministers in Westholm on 2 February 2029.\n\n"
                + "UPDATE, 18:05 - Greyvale's council has called up its reservists in a partial mobilisation.", "2031-05-03");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.CHANGE_TO_GROUP_ACTIVITY)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2031, 5, 3));
    }

    @Test
    void aTriggerInAShortQuotationIsTheReportersOwnSentence() {
        assertThat(InventedConflict.extract("The Northian ministry reported “intensive shelling” of its positions near Kesta yesterday.",
                "2024-05-04")).isNotEmpty();
        // a whole sentence in quotation marks with no day of its own is someone's words
        assertThat(InventedConflict.extract("“Southian troops will never stop shelling our villages,” the mayor said.",
                "2024-05-04")).isEmpty();
    }

    @Test
    void aQuotedStatementThatGivesTheHourReportsAFact() {
        assertThat(InventedConflict.extract("Officials in Northport said the talks went well.\n\n“With the help of Westmark, an "
                + "agreement was reached to stop firing along the Greyvale line from 18:30.", "2024-05-04"))
                .extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("Officials in Northport said the talks went well.\n\n“With the help of Westmark, an "
                + "agreement will surely be reached to stop firing along the Greyvale line.", "2024-05-04"))
                .extracting(Event::subEventType).doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void todayInAPageUpdatedLaterIsTheDatelinesDay() {
        List<Event> events = InventedConflict.extract("Northport, 3 August. Southian units opened fire on Northian posts near "
                + "Kesta today, the ministry said.\n\nUPDATE, 26 August: talks began in Westholm on 26 August.", "2023-08-26");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARMED_CLASH)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 8, 3));
    }

    @Test
    void aHeadlineWhoseBodyNamedItsPlacesStaysOffAnotherPlacesStrike() {
        List<Event> events = InventedConflict.extract("Southian forces shell Northian positions near Kesta and Lorva\n\n"
                + "At around 00:05 on 3 May, Southian forces launched intensive shelling of Northian positions near Kesta and "
                + "Lorva, the Northian ministry said in a statement.\n\n"
                + "According to the ministry, a Southian drone struck a Northian position near Amberly at about 01:40.",
                "2023-05-03");
        assertThat(events).extracting(Event::subEventType).containsExactlyInAnyOrder(SubEventType.SHELLING_ARTILLERY_MISSILE,
                SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void anActToldInAStatementIsStillReported() {
        assertThat(InventedConflict.extract("On 3 May Southian forces launched intensive shelling of Kesta, the Northian ministry "
                + "said in a statement.", "2023-05-04")).extracting(Event::subEventType)
                .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void applyingToAnAllyOrAskingItToProvideAssistanceIsAnAppeal() {
        assertThat(InventedConflict.extract("On 3 May Northia officially applied to the Joint Peace Treaty Commission for help.",
                "2023-05-04")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May Northport asked Westmark to provide assistance.", "2023-05-04"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }
}
