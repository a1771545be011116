package org.borderwatch.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Drops lines that hold nothing but web addresses (a source list, a link pasted between
 * paragraphs), optionally after a short label ("Source: https://…"), and a short label line
 * ending in a colon that only introduced such addresses ("Original url:").
 */
public final class DropUrlLines implements CleaningStep {
    private static final Pattern URL_LINE = Pattern.compile(
            "^(?:[^\\s:]{1,20}(?: [^\\s:]{1,20}){0,2}:\\s*)?(?:" + DropStrayUrls.URL.pattern() + "\\s*)+$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "drop-url-lines";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        List<Span> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String content = text.substring(lines.get(i));
            if (!URL_LINE.matcher(content).matches()) {
                continue;
            }
            edits.deleteLine(lines.get(i));
            int previous = previousNonBlank(text, lines, i);
            if (previous >= 0) {
                String label = text.substring(lines.get(previous));
                if (label.endsWith(":") && LineShape.wordCount(label) <= 4) {
                    edits.deleteLine(lines.get(previous));
                }
            }
        }
        edits.apply();
    }

    private static int previousNonBlank(TrackedText text, List<Span> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!text.substring(lines.get(j)).isBlank()) {
                return j;
            }
        }
        return -1;
    }
}
