package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("store").toString();
    }

    @Test
    void aFileIsTracedSentenceBySentenceWithTheRulesThatDecided() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "Azerbaijani troops shelled Sotk on Tuesday.\n\n"
                + "The ministry said talks would resume soon.\n\nThe weather was mild.\n");
        CliRun run = CliRun.of(db(), "explain", report.toString(), "--published", "2022-09-15");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("[1] Azerbaijani troops shelled Sotk on Tuesday.")
                .contains("triggers/asserted: KEEP REMOTE 'shelled'")
                .contains("frames/stated-date: DATE 2022-09-13")
                .contains("EVENT").contains("Sotk");
        // the forecast is shown with the rule that dropped it; a sentence without any trigger is left out
        assertThat(run.out()).contains("[2] ").contains(": DROP DIPLOMACY 'talks'").doesNotContain("weather");
        CliRun one = CliRun.of(db(), "explain", report.toString(), "--published", "2022-09-15", "--sentence", "3");
        assertThat(one.out()).startsWith("[3] The weather was mild.").doesNotContain("EVENT");
    }

    @Test
    void theRulesAreListedWithTheirReasons() {
        CliRun run = CliRun.of(db(), "explain", "--rules");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("triggers").contains("  negated").contains("places").contains("one-per-place");
    }

    @Test
    void anUnknownTargetOrABadDateIsAOneLineError() throws IOException {
        CliRun missing = CliRun.of(db(), "explain", "no-such-thing");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("neither a file nor a stored document").hasLineCount(1);
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "Troops clashed near Sotk on 3 May 2022.\n");
        CliRun badDate = CliRun.of(db(), "explain", "--published", "2022-13-01", report.toString());
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("'--published' must be a day like 2022-09-14, not '2022-13-01'");
    }
}
