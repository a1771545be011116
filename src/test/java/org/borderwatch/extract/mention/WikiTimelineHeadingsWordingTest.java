package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An encyclopedia timeline whose year and month sections are wiki markup, on an invented conflict. */
class WikiTimelineHeadingsWordingTest {

    @Test
    void daysUnderAMonthSectionTakeTheYearOfTheSectionAbove() {
        String timeline = """
                Northia–Southia border dispute

                == 2019 ==[edit]

                === March ===[edit]
                * 8 March – Southian guns shelled Kesta.

                === July ===[edit]
                * 2 July – Guards of both sides exchanged fire near Lorva.
                """;
        assertThat(InventedConflict.extractRaw(timeline, "2024-05-01")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2019, 3, 8), LocalDate.of(2019, 7, 2));
    }

    @Test
    void aBoldYearRunTogetherWithItsFirstMonthDatesTheDaysBelow() {
        String timeline = """
                == Timeline ==[edit]
                '''2018'''
                === April ===[edit]
                * 11 April – Southian guns shelled Kesta.
                === May ===[edit]
                * 3 May – Guards of both sides exchanged fire near Lorva.
                """;
        assertThat(InventedConflict.extractRaw(timeline, "2024-05-01")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2018, 4, 11), LocalDate.of(2018, 5, 3));
    }

    @Test
    void aYearSectionNamingItsPartOfTheYearDatesTheDaysBelow() {
        String timeline = """
                Northia–Southia talks
                ← 2018 | Timeline: 2019 | 2020 →

                2019 (January–June)[edit]

                January[edit]
                On 11 January, guards of both sides exchanged fire near Lorva.

                April[edit]
                On 6 April, Southian guns shelled Kesta.
                """;
        assertThat(InventedConflict.extractRaw(timeline, "2024-09-02")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2019, 1, 11), LocalDate.of(2019, 4, 6));
    }
}
