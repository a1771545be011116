package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.Span;

/**
 * Text being cleaned, each character paired with the offset in the raw text it came from.
 * Steps change it only through {@link #edit()}, which rebuilds chars and offsets together, so the
 * mapping survives every step without the step doing anything for it.
 */
public final class TrackedText {
    private final int rawLength;
    private String chars;
    private int[] rawOffsets;

    private TrackedText(String chars, int[] rawOffsets, int rawLength) {
        this.chars = chars;
        this.rawOffsets = rawOffsets;
        this.rawLength = rawLength;
    }

    public static TrackedText of(String raw) {
        int[] offsets = new int[raw.length()];
        Arrays.setAll(offsets, i -> i);
        return new TrackedText(raw, offsets, raw.length());
    }

    public String text() {
        return chars;
    }

    public int length() {
        return chars.length();
    }

    public char charAt(int index) {
        return chars.charAt(index);
    }

    public int rawOffset(int index) {
        return rawOffsets[index];
    }

    public int rawLength() {
        return rawLength;
    }

    /** Starts a batch of edits expressed in the current offsets; {@link TextEdits#apply()} performs them at once. */
    public TextEdits edit() {
        return new TextEdits(this);
    }

    /** The lines of the current text, each without its line break. */
    public List<Span> lines() {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\n') {
                lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        lines.add(new Span(start, chars.length()));
        return lines;
    }

    public String substring(Span span) {
        return chars.substring(span.start(), span.end());
    }

    public CleanText toCleanText() {
        return new CleanText(chars, OffsetMap.fromOffsets(rawOffsets.clone(), rawLength));
    }

    void replaceContent(String newChars, int[] newRawOffsets) {
        this.chars = newChars;
        this.rawOffsets = newRawOffsets;
    }
}
