package org.borderwatch.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Span;

/**
 * Drops the running headers and footers a PDF repeats on every page (the report's title, the
 * publisher's name): a short line without closing punctuation that occurs, unchanged, at least
 * {@value #MIN_REPEATS} times. Section headings rarely repeat that often, and sentences end in
 * punctuation, so neither is mistaken for one.
 */
public final class DropRunningHeaders implements CleaningStep {
    static final int MIN_REPEATS = 3;
    private static final int MAX_WORDS = 12;

    @Override
    public String name() {
        return "drop-running-headers";
    }

    @Override
    public void apply(TrackedText text) {
        List<Span> lines = text.lines();
        Map<String, Integer> counts = new HashMap<>();
        for (Span line : lines) {
            String content = text.substring(line);
            if (isCandidate(content)) {
                counts.merge(content, 1, Integer::sum);
            }
        }
        TextEdits edits = text.edit();
        for (Span line : lines) {
            if (counts.getOrDefault(text.substring(line), 0) >= MIN_REPEATS) {
                edits.deleteLine(line);
            }
        }
        edits.apply();
    }

    private static boolean isCandidate(String line) {
        return !line.isBlank() && LineShape.wordCount(line) <= MAX_WORDS && !LineShape.endsWithPunctuation(line);
    }
}
