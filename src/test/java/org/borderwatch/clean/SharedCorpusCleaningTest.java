package org.borderwatch.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties the cleaner must keep on the real reports of the shared corpus (skipped when absent). */
class SharedCorpusCleaningTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Cleaner cleaner = Cleaner.standard();

    private static String raw(String prefix) throws IOException {
        return Files.readString(SharedCorpus.file(prefix), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "002_", "003_", "004_"})
    void everyCleanCharacterMapsBackToTheSameRawCharacter(String prefix) throws IOException {
        String raw = raw(prefix);
        CleanText clean = cleaner.clean(raw);
        assertThat(clean.text()).isNotBlank();
        assertThat(clean.offsets().rawLength()).isEqualTo(raw.length());
        StepRunner.assertMapsBack(raw, clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "002_", "003_", "004_"})
    void paragraphsAreSeparatedByOneBlankLine(String prefix) throws IOException {
        String clean = cleaner.clean(raw(prefix)).text();
        assertThat(clean).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(clean.replace("\n\n", "")).doesNotContain("\n");
    }

    @Test
    void pullQuoteRepeatedInTheLayoutAppearsOnceAndTheSentenceItCutReadsOn() throws IOException {
        String raw = raw("000_");
        String clean = cleaner.clean(raw).text();
        List<String> repeatedInRaw = repeatedRuns(raw, 8);
        assertThat(repeatedInRaw).as("the raw report repeats a passage").isNotEmpty();
        Map<String, Integer> inClean = runCounts(clean, 8);
        for (String run : repeatedInRaw) {
            assertThat(inClean.getOrDefault(run, 0)).as("occurrences of \"%s\"", run).isEqualTo(1);
        }
        for (String paragraph : clean.split("\n\n")) {
            assertThat(Character.isLowerCase(paragraph.charAt(0)))
                    .as("paragraph starting mid-sentence: %s", paragraph.substring(0, Math.min(60, paragraph.length())))
                    .isFalse();
        }
    }

    @Test
    void wikiMirrorLosesTemplatesCitationMarkersAndWrapper() throws IOException {
        String raw = raw("001_");
        assertThat(raw).contains("Шаблон:").containsPattern("\\[\\d+\\]");
        String clean = cleaner.clean(raw).text();
        assertThat(clean).doesNotContain("Шаблон:").doesNotContain("Файл:").doesNotContainPattern("\\[\\d+\\]");
        assertThat(clean).doesNotContainPattern("\\p{IsCyrillic}{3,}");
        assertThat(clean.split("\n\n")).as("month headings stay paragraphs").contains("May 2021", "September 2022");
    }

    @Test
    void webCopiesLoseNavigationAndLinkLines() throws IOException {
        String site = cleaner.clean(raw("004_")).text();
        assertThat(site.lines()).noneMatch(l -> l.contains(" / ") && !l.endsWith("."));
        String news = cleaner.clean(raw("003_")).text();
        assertThat(news).doesNotContain("http").doesNotContain("Related article");
        String bulletin = cleaner.clean(raw("002_")).text();
        assertThat(bulletin).doesNotContain("](#)").doesNotContain("\\(");
    }

    /** Every sentence the gold annotation quotes as evidence of an event survives cleaning. */
    @Test
    void everyGoldEvidenceQuoteSurvivesCleaning() throws IOException {
        Path gold = SharedCorpus.folder().resolveSibling("gold").resolve("dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "no gold annotation beside the corpus; skipping");
        ObjectMapper json = new ObjectMapper();
        Map<String, String> cleanByDoc = new HashMap<>();
        List<String> lost = new ArrayList<>();
        int quotes = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = json.readTree(line);
            String doc = event.path("doc").asText();
            String clean = cleanByDoc.computeIfAbsent(doc, d -> flatten(cleaner.clean(read(d)).text()));
            String quote = flatten(event.path("quote").asText());
            quotes++;
            if (!clean.contains(quote)) {
                lost.add(doc + ": " + quote);
            }
        }
        assertThat(quotes).isPositive();
        assertThat(lost).isEmpty();
    }

    private static String read(String fileName) {
        try {
            return Files.readString(SharedCorpus.folder().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Citation markers out, whitespace collapsed: the quotes were taken from the raw text. */
    private static String flatten(String text) {
        return text.replaceAll("\\[\\d+\\]", "").replaceAll("\\s+", " ").strip();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase());
        }
        return words;
    }

    private static Map<String, Integer> runCounts(String text, int n) {
        List<String> words = words(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static List<String> repeatedRuns(String text, int n) {
        return runCounts(text, n).entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
