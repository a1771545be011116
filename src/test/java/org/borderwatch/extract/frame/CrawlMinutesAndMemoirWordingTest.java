package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A news crawl's lines stamped with clock times, a council's minutes under their agenda, and a memoir's look backs,
 * on an invented conflict.
 */
class CrawlMinutesAndMemoirWordingTest {

    @Test
    void aCrawlLineStampedWithItsClockTimeIsBackOnTheDayOfTheCapture() {
        String crawl = """
                CRAWL CAPTURE | FRI 16.09.2022

                08:12 BACKGROUND: ON WEDNESDAY NORTHIAN AND SOUTHIAN GUARDS EXCHANGED FIRE NEAR KESTA

                09:03 SOUTHIAN ARTILLERY SHELLED LORVA, REGIONAL ADMINISTRATION SAYS
                """;
        assertThat(InventedConflict.startDaysOfRaw(crawl, "2022-09-16"))
                .contains(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16));
    }

    @Test
    void theMinutesAfterAnAgendasNumberedItemsReportWhatWasHeard() {
        String minutes = """
                Minutes of the Kesta council

                AGENDA

                1. The events of 28-29 April 2021.

                2. Miscellaneous.

                The deputies observed a minute of silence.

                1. HEARD: head of the council. On the morning of 29 April Northian and Southian border guards exchanged \
                fire near Kesta.
                """;
        assertThat(InventedConflict.startDaysOfRaw(minutes, "2021-05-06")).contains(LocalDate.of(2021, 4, 29));
    }

    @Test
    void aYearOnlyLookedBackToIsNotTheYearThatYearNames() {
        String memoir = """
                Chapter Two

                The lake did not stay quiet in May 2021. Nobody wanted a war after the autumn of 2020. On 16 November \
                that year Southian troops attacked the heights around Lorva.
                """;
        assertThat(InventedConflict.startDaysOfRaw(memoir, "2025-09-27")).contains(LocalDate.of(2021, 11, 16));
    }

    @Test
    void oneOfAMonthsWeekdaysIsDatedByTheMonth() {
        assertThat(InventedConflict.extractRaw("Chapter One\n\nOn a cold Saturday in January 2014, Southian guards opened"
                + " fire on Kesta.\n", "2025-09-27")).isNotEmpty().allMatch(e -> e.date().precision() == DatePrecision.MONTH
                        && e.date().start().equals(LocalDate.of(2014, 1, 1)));
    }
}
