package org.borderwatch.domain;

import java.util.Arrays;

/**
 * Maps every character offset of a document's clean text back to an offset in its raw text, so
 * evidence found in the clean text can be shown in the original. Offsets are kept as runs in which
 * both sides advance together, which stays small for texts where most characters survive cleaning.
 * A clean character that replaces something (a space standing for a line break) maps to the first
 * raw character it replaces.
 */
public final class OffsetMap {
    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int cleanLength;
    private final int rawLength;

    /**
     * @param cleanStarts ascending clean offsets at which a run starts (the first must be 0 when cleanLength > 0)
     * @param rawStarts   the raw offset of each run's first character
     */
    public OffsetMap(int[] cleanStarts, int[] rawStarts, int cleanLength, int rawLength) {
        if (cleanStarts.length != rawStarts.length) {
            throw new IllegalArgumentException("run arrays differ in length");
        }
        if (cleanLength > 0 && (cleanStarts.length == 0 || cleanStarts[0] != 0)) {
            throw new IllegalArgumentException("the first run must start at clean offset 0");
        }
        this.cleanStarts = cleanStarts.clone();
        this.rawStarts = rawStarts.clone();
        this.cleanLength = cleanLength;
        this.rawLength = rawLength;
    }

    /** The identity map of a text that cleaning left as it was. */
    public static OffsetMap identity(int length) {
        return length == 0
                ? new OffsetMap(new int[0], new int[0], 0, 0)
                : new OffsetMap(new int[] {0}, new int[] {0}, length, length);
    }

    /** Builds the map from one raw offset per clean character. */
    public static OffsetMap fromOffsets(int[] rawOffsetOfCleanChar, int rawLength) {
        int n = rawOffsetOfCleanChar.length;
        int[] cs = new int[n];
        int[] rs = new int[n];
        int runs = 0;
        for (int i = 0; i < n; i++) {
            boolean continues = i > 0 && rawOffsetOfCleanChar[i] == rawOffsetOfCleanChar[i - 1] + 1;
            if (!continues) {
                cs[runs] = i;
                rs[runs] = rawOffsetOfCleanChar[i];
                runs++;
            }
        }
        return new OffsetMap(Arrays.copyOf(cs, runs), Arrays.copyOf(rs, runs), n, rawLength);
    }

    public int cleanLength() {
        return cleanLength;
    }

    public int rawLength() {
        return rawLength;
    }

    public int runCount() {
        return cleanStarts.length;
    }

    public int[] cleanRunStarts() {
        return cleanStarts.clone();
    }

    public int[] rawRunStarts() {
        return rawStarts.clone();
    }

    /** The raw offset of the clean character at {@code cleanOffset}; the raw length for the end of the text. */
    public int toRaw(int cleanOffset) {
        if (cleanOffset < 0 || cleanOffset > cleanLength) {
            throw new IndexOutOfBoundsException("clean offset " + cleanOffset + " outside 0.." + cleanLength);
        }
        if (cleanOffset == cleanLength) {
            return rawLength;
        }
        int run = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (run < 0) {
            run = -run - 2;
        }
        return rawStarts[run] + (cleanOffset - cleanStarts[run]);
    }

    /** The raw span covering a clean span: from its first character's origin to just past its last one's. */
    public Span toRaw(Span clean) {
        if (clean.length() == 0) {
            int at = toRaw(clean.start());
            return new Span(at, at);
        }
        return new Span(toRaw(clean.start()), toRaw(clean.end() - 1) + 1);
    }
}
