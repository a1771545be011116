package org.borderwatch.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Removes an encyclopedia's summary box and table of contents as a page copied from its rendered form shows them.
 * The box is a run of short lines of fields ("Date 28 April 2023", "Belligerents", "36 killed"), often under the
 * box's title and a "Part of the X" line; the contents are "Contents" over numbered section names ("2.1 Outbreak").
 * Unwrapped, they join into a paragraph that reads like a report of the whole war ("Date 3 May Location Kesta
 * Result Ceasefire 36 killed") and takes the dates and tolls the prose tells. A box is recognised by three different
 * field labels within a few short lines, so a table headed "Date | Event" stays.
 */
public final class DropRenderedInfoboxes implements CleaningStep {
    /** How many lines after the first field label the others may stand for them to open a box. */
    private static final int LABEL_REACH = 8;
    /** How many different field labels open a box: a box has date, place, result and sides; prose seldom three. */
    private static final int MIN_LABELS = 3;
    /** A box line is short: a field's value, a name, a figure; a line longer than this is prose. */
    private static final int BOX_LINE_WORDS = 14;
    /** How many lines a box may run before it is taken for something else. */
    private static final int MAX_BOX_LINES = 60;
    private static final Pattern PART_OF = Pattern.compile("^Part of\\b");
    private static final Pattern CONTENTS = Pattern.compile("^Contents(?:\\s*\\[(?:hide|show)\\])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\s+\\S");

    private final Set<String> labels;

    public DropRenderedInfoboxes() {
        this(loadDefaultLabels());
    }

    public DropRenderedInfoboxes(Set<String> labels) {
        this.labels = Set.copyOf(labels);
    }

    @Override
    public String name() {
        return "drop-rendered-infoboxes";
    }

    @Override
    public void apply(TrackedText text) {
        TextEdits edits = text.edit();
        List<Span> lines = text.lines();
        int i = 0;
        while (i < lines.size()) {
            String content = text.substring(lines.get(i)).strip();
            if (CONTENTS.matcher(content).matches()) {
                int end = i + 1;
                while (end < lines.size() && SECTION_NUMBER.matcher(text.substring(lines.get(end)).strip()).find()
                        && LineShape.wordCount(text.substring(lines.get(end))) <= BOX_LINE_WORDS) {
                    end++;
                }
                deleteLines(edits, lines, i, end);
                i = end;
            } else if (label(content) != null && boxLine(content) && opensBox(text, lines, i)) {
                int start = titleAbove(text, lines, i);
                int end = i + 1;
                while (end < lines.size() && end - i < MAX_BOX_LINES && boxLine(text.substring(lines.get(end)))) {
                    end++;
                }
                deleteLines(edits, lines, start, end);
                i = end;
            } else {
                i++;
            }
        }
        edits.apply();
    }

    /**
     * Whether line {@code at} opens a box: among it and the short lines right after it stand {@code MIN_LABELS} different
     * labels, with no blank line or prose between. A subheading and the line under it are not enough.
     */
    private boolean opensBox(TrackedText text, List<Span> lines, int at) {
        Set<String> seen = new HashSet<>();
        for (int k = at; k < lines.size() && k <= at + LABEL_REACH; k++) {
            String line = text.substring(lines.get(k));
            if (!boxLine(line)) {
                return false;
            }
            String label = label(line.strip());
            if (label != null) {
                seen.add(label);
            }
            if (seen.size() >= MIN_LABELS) {
                return true;
            }
        }
        return false;
    }

    /** The box's first line: a "Part of the X" line right above its first field, and the title line above that. */
    private static int titleAbove(TrackedText text, List<Span> lines, int at) {
        if (at == 0 || !PART_OF.matcher(text.substring(lines.get(at - 1)).strip()).find()) {
            return at;
        }
        int start = at - 1;
        if (start > 0) {
            String title = text.substring(lines.get(start - 1)).strip();
            if (!title.isEmpty() && !LineShape.endsSentence(title) && LineShape.wordCount(title) <= BOX_LINE_WORDS) {
                start--;
            }
        }
        return start;
    }

    /** A field's label, value, a name or a figure: a short, non-blank line that does not end a sentence of prose. */
    private static boolean boxLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && LineShape.wordCount(s) <= BOX_LINE_WORDS
                && !(LineShape.endsSentence(s) && LineShape.wordCount(s) > 6);
    }

    /**
     * The label a line opens with (alone, or before its value: the tab between them is a space by now), or null when
     * it opens with none. The longest label wins: "Casualties and losses" over "Casualties".
     */
    private String label(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return null; // a box's labels are capitalised; "date of new talks" in wrapped prose is no label
        }
        String lower = line.toLowerCase(Locale.ROOT);
        String found = null;
        for (String label : labels) {
            boolean opens = lower.equals(label) || lower.startsWith(label + " ") || lower.startsWith(label + "\t");
            if (opens && (found == null || label.length() > found.length())) {
                found = label;
            }
        }
        return found;
    }

    private static void deleteLines(TextEdits edits, List<Span> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            edits.deleteLine(lines.get(k));
        }
    }

    static Set<String> loadDefaultLabels() {
        Set<String> labels = new HashSet<>();
        ResourceLines.of(DropRenderedInfoboxes.class, "infobox-labels.txt").forEach(l -> labels.add(l.toLowerCase(Locale.ROOT)));
        return labels;
    }
}
