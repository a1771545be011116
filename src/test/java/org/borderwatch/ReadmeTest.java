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
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    @Test
    void theNumberOfOwnReportsIsTheNumberInTheFolder() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher stated = Pattern.compile("`eval/own-reports`, (\\w+) reports").matcher(readme);
        assertThat(stated.find()).as("the README names how many own reports there are").isTrue();
        long inFolder;
        try (Stream<Path> files = Files.list(Path.of("eval/own-reports/corpus"))) {
            inFolder = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertThat(NUMBERS.indexOf(stated.group(1))).as("own reports: the README says " + stated.group(1)).isEqualTo((int) inFolder);
    }
}
