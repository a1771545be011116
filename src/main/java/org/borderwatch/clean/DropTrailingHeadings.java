package org.borderwatch.clean;

import java.util.List;
import org.borderwatch.domain.Span;

/**
 * Drops heading-like lines after the last paragraph of text ("See also", "References", "About the
 * authors", a label such as "Sources:"): with nothing under them they are a page's footer, not a section of the report.
 */
public final class DropTrailingHeadings implements CleaningStep {
    private static final int MAX_FOOTER_LINES = 8;

    @Override
    public String name() {
        return "drop-trailing-headings";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        List<Span> lines = text.lines();
        int dropped = 0;
        boolean bodyAbove = false;
        for (int i = lines.size() - 1; i >= 0 && dropped <= MAX_FOOTER_LINES; i--) {
            String content = text.substring(lines.get(i));
            if (content.isBlank()) {
                continue;
            }
            if (!looksLikeFooterItem(content) && !isDanglingLabel(content)) {
                bodyAbove = true;
                break;
            }
            edits.deleteLine(lines.get(i));
            dropped++;
        }
        if (bodyAbove) { // a text of headings only has no footer to drop
            edits.apply();
        }
    }

    /** A few capitalised words without closing punctuation ("See also", "About the authors"). */
    private static boolean looksLikeFooterItem(String line) {
        return LineShape.wordCount(line) <= 6 && LineShape.startsUppercaseOrDigit(line)
                && !LineShape.endsWithPunctuation(line);
    }

    /** A short label ending in a colon with nothing after it ("Sources:", "Map online:"). */
    private static boolean isDanglingLabel(String line) {
        return line.strip().endsWith(":") && LineShape.wordCount(line) <= 4;
    }
}
