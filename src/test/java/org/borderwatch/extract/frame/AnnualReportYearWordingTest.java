package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A body's annual report, on an invented conflict: its days without a year are days of the year it reports on. */
class AnnualReportYearWordingTest {

    @Test
    void aYearlessDayInAnAnnualReportIsOfTheReportedYear() {
        String report = "NORTHIAN BORDER GUARD SERVICE\nANNUAL REPORT 2022 (abridged)\n\n3.2 The January incident\n\n"
                + "On 27 January, Southian border troops opened fire on our border guards near Kesta.\n";
        assertThat(InventedConflict.extractRaw(report, "2023-03-01")).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2022, 1, 27));
    }

    @Test
    void aYearInReviewArticleStillReadsItsMonthHeadingsAsBefore() {
        String review = "2024 in review: Northia and Southia, month by month\n\nFEBRUARY\n"
                + "On 12 February Southian troops opened fire on Northian positions near Kesta.\n";
        assertThat(InventedConflict.extractRaw(review, "2024-12-30")).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2024, 2, 12));
    }
}
