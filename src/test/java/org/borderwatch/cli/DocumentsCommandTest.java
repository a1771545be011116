package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.junit.jupiter.api.Test;

class DocumentsCommandTest {
    @Test
    void datesShowTheirPrecision() {
        assertThat(DocumentsCommand.date(DateSpan.day(LocalDate.of(2021, 5, 14)))).isEqualTo("2021-05-14");
        assertThat(DocumentsCommand.date(DateSpan.of(LocalDate.of(2022, 9, 1), DatePrecision.MONTH))).isEqualTo("2022-09");
        assertThat(DocumentsCommand.date(DateSpan.of(LocalDate.of(2023, 1, 1), DatePrecision.YEAR))).isEqualTo("2023");
        assertThat(DocumentsCommand.date(null)).isEmpty();
    }

    @Test
    void columnsAlignAndLongCellsAreCut() {
        List<String> lines = DocumentsCommand.render(List.of(
                new String[] {"ID", "FILE", "TITLE", "PUBLISHER", "DATE", "WORDS", "VERSION"},
                new String[] {"0123456789abcdef", "a.txt", "T".repeat(60), null, "2021-05", "312", "1"}));
        assertThat(lines.get(0)).startsWith("ID                FILE   TITLE");
        assertThat(lines.get(1)).contains("T".repeat(43) + "…").endsWith("312        1");
        assertThat(lines.get(0).indexOf("PUBLISHER")).isEqualTo(lines.get(1).indexOf("T") + 46);
    }

    @Test
    void controlCharactersInTitlesAndFileNamesArePrintedEscaped() {
        List<String> lines = DocumentsCommand.render(List.of(
                new String[] {"ID", "FILE", "TITLE", "PUBLISHER", "DATE", "WORDS", "VERSION"},
                new String[] {"0123456789abcdef", "x\u001b[2J.txt", "Title\u001b]0;owned\u0007 here", "Pub\u009b31m",
                    "2021-05", "312", "1"}));
        assertThat(lines.get(1)).contains("x\\e[2J.txt").contains("Title\\e]0;owned\\x07 here").contains("Pub\\x9b31m");
        assertThat(String.join("\n", lines)).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
    }
}
