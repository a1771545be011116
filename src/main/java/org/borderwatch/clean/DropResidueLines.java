package org.borderwatch.clean;

import org.borderwatch.domain.Span;

/**
 * Drops lines without a single letter: page numbers, the numbers of a reference list whose
 * entries were removed, lone punctuation. A line that is just a year stays, as it can head a
 * section of a timeline.
 */
public final class DropResidueLines implements CleaningStep {
    @Override
    public String name() {
        return "drop-residue-lines";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        for (Span line : text.lines()) {
            String content = text.substring(line);
            if (!content.isBlank() && !LineShape.hasLetter(content) && !content.strip().matches("\\d{4}")) {
                edits.deleteLine(line);
            }
        }
        edits.apply();
    }
}
