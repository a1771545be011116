package org.borderwatch.clean;

import org.borderwatch.domain.Span;

/**
 * Drops lines without a single letter: page numbers, the numbers of a reference list whose
 * entries were removed, lone punctuation. A line that is just a year stays, as it can head a
 * section of a timeline, and so does a time stamp heading a post of a feed ("24.09.2023 20:47", "17.03.2022 | 14:20",
 * or a live page's bare "09:15"): it tells where one post ends and the next, told on the page's day, begins.
 */
public final class DropResidueLines implements CleaningStep {
    @Override
    public String name() {
        return "drop-residue-lines";
    }

    private static final java.util.regex.Pattern TIME_STAMP = java.util.regex.Pattern.compile(
            "\\[?(?:(?:\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:(?:,?\\s+|\\s*[|\u00b7\u2022]\\s*)\\d{1,2}:\\d{2}(?::\\d{2})?)?"
                    + "|(?:[01]?\\d|2[0-3]):[0-5]\\d)\\]?");

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        for (Span line : text.lines()) {
            String content = text.substring(line);
            if (!content.isBlank() && !LineShape.hasLetter(content) && !content.strip().matches("\\d{4}")
                    && !TIME_STAMP.matcher(content.strip()).matches()) {
                edits.deleteLine(line);
            }
        }
        edits.apply();
    }
}
