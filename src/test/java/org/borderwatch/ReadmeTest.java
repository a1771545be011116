package org.borderwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the README states about the repository stays true of it. */
class ReadmeTest {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    /** A number as the README gives it: spelt out below a hundred ("thirty-five"), in figures from there ("106"). */
    private static String spelled(int n) {
        if (n >= 100) {
            return Integer.toString(n);
        }
        if (n < 20) {
            return UNITS.get(n);
        }
        return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + UNITS.get(n % 10));
    }

    @Test
    void theNumbersOfReportsInTheEvaluationSetsAreTheNumbersInTheirFolders() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher stated = Pattern.compile("`(eval/[\\w-]+)`, ([\\w-]+) (?:such )?reports").matcher(readme);
        int sets = 0;
        while (stated.find()) {
            long inFolder;
            try (Stream<Path> files = Files.list(Path.of(stated.group(1), "corpus"))) {
                inFolder = files.filter(f -> f.toString().endsWith(".txt")).count();
            }
            assertThat(stated.group(2)).as(stated.group(1) + ": the README says " + stated.group(2))
                    .isEqualTo(spelled((int) inFolder));
            sets++;
        }
        assertThat(sets).as("evaluation sets whose size the README states").isGreaterThanOrEqualTo(2);
    }
}
