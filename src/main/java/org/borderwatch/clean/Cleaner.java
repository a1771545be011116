package org.borderwatch.clean;

import java.util.List;

/**
 * Turns the raw text of a report into clean text: paragraphs separated by a blank line, each on
 * one line, without the navigation, markup residue, citation markers, hyphenation and layout
 * repeats that extraction from web pages and PDFs leaves behind; with a map from every clean
 * character back to its raw offset. The steps run in order, each a small named rule.
 */
public final class Cleaner {
    private final List<CleaningStep> steps;

    public Cleaner(List<CleaningStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The standard pipeline; the order matters (line rules before joining lines, layout last). */
    public static Cleaner standard() {
        return new Cleaner(List.of(
                new UnwrapTextBoxes(),
                new NormaliseWhitespace(),
                new DropTemplateBlocks(),
                new DropWikiTemplates(),
                new DropNoteLines(),
                new DropCitationMarkers(),
                new UnwrapMarkdownLinks(),
                new UnwrapWikiHeadings(),
                new DropUrlLines(),
                new DropNavigationLines(),
                new DropRenderedInfoboxes(),
                new DropRunningHeaders(),
                new DropForeignScriptLines(),
                new DropStrayUrls(),
                new DropResidueLines(),
                new JoinHyphenatedWords(),
                new DropRepeatedPassages(),
                new DropTrailingHeadings(),
                new LayOutParagraphs()));
    }

    public List<CleaningStep> steps() {
        return steps;
    }

    public CleanText clean(String raw) {
        TrackedText text = TrackedText.of(raw);
        for (CleaningStep step : steps) {
            step.apply(text);
        }
        return text.toCleanText();
    }
}
