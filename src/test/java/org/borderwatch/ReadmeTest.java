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
            "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five",
            "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine", "thirty", "thirty-one", "thirty-two", "thirty-three",
            "thirty-four", "thirty-five", "thirty-six", "thirty-seven", "thirty-eight", "thirty-nine", "forty");

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
            assertThat(NUMBERS.indexOf(stated.group(2))).as(stated.group(1) + ": the README says " + stated.group(2))
                    .isEqualTo((int) inFolder);
            sets++;
        }
        assertThat(sets).as("evaluation sets whose size the README states").isGreaterThanOrEqualTo(2);
    }
}
