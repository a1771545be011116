package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.Span;

/**
 * A batch of deletions and replacements on a {@link TrackedText}, given in the offsets the text
 * had when the batch began. Overlapping deletions merge; a replacement that overlaps an earlier
 * edit is skipped, so independent rules may mark the same characters without corrupting the text.
 * Replacement characters map to the raw offset of the first character they replace, which is why
 * steps use replacements only to substitute whitespace for whitespace.
 */
public final class TextEdits {
    private record Edit(int start, int end, String replacement) {
    }

    private final TrackedText text;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(TrackedText text) {
        this.text = text;
    }

    public TextEdits delete(int start, int end) {
        check(start, end);
        if (start < end) {
            edits.add(new Edit(start, end, ""));
        }
        return this;
    }

    public TextEdits delete(Span span) {
        return delete(span.start(), span.end());
    }

    /** Replaces a non-empty range; an empty range would leave the new characters without an origin. */
    public TextEdits replace(int start, int end, String replacement) {
        check(start, end);
        if (start == end) {
            throw new IllegalArgumentException("cannot replace an empty range at " + start);
        }
        edits.add(new Edit(start, end, replacement));
        return this;
    }

    /** Deletes a whole line together with one line break, so the lines around it close up. */
    public TextEdits deleteLine(Span line) {
        if (line.end() < text.length()) {
            return delete(line.start(), line.end() + 1);
        }
        return delete(line.start() > 0 ? line.start() - 1 : line.start(), line.end());
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public void apply() {
        if (edits.isEmpty()) {
            return;
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparing(e -> !e.replacement().isEmpty()));
        StringBuilder out = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + extraLength()];
        int written = 0;
        int cursor = 0;
        for (Edit edit : edits) {
            if (edit.end() <= cursor) {
                continue; // wholly inside an earlier deletion
            }
            if (edit.start() < cursor) {
                if (!edit.replacement().isEmpty()) {
                    continue;
                }
                cursor = edit.end(); // overlapping deletions merge
                continue;
            }
            for (int i = cursor; i < edit.start(); i++) {
                out.append(text.charAt(i));
                offsets[written++] = text.rawOffset(i);
            }
            int origin = text.rawOffset(edit.start());
            for (int k = 0; k < edit.replacement().length(); k++) {
                out.append(edit.replacement().charAt(k));
                offsets[written++] = origin;
            }
            cursor = edit.end();
        }
        for (int i = cursor; i < text.length(); i++) {
            out.append(text.charAt(i));
            offsets[written++] = text.rawOffset(i);
        }
        int[] trimmed = new int[written];
        System.arraycopy(offsets, 0, trimmed, 0, written);
        text.replaceContent(out.toString(), trimmed);
        edits.clear();
    }

    private int extraLength() {
        int extra = 0;
        for (Edit edit : edits) {
            extra += Math.max(0, edit.replacement().length() - (edit.end() - edit.start()));
        }
        return extra;
    }

    private void check(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("edit [" + start + ", " + end + ") outside 0.." + text.length());
        }
    }
}
