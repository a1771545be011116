package org.borderwatch.clean;

/**
 * Makes line breaks "\n", turns odd spaces (no-break, tab, thin) into plain spaces (but keeps one tab between the cells
 * of a tab-separated row, which the tokenizer reads as a cell bar), removes
 * invisible characters (zero-width, soft hyphen, byte order mark, stray controls), trims every
 * line and collapses runs of spaces. A page break (form feed) becomes a line break.
 */
public final class NormaliseWhitespace implements CleaningStep {
    @Override
    public String name() {
        return "normalise-whitespace";
    }

    @Override
    public void apply(TrackedText text) {
        substituteOddCharacters(text);
        trimAndCollapseSpaces(text);
    }

    private static void substituteOddCharacters(TrackedText text) {
        TextEdits edits = text.edit();
        String s = text.text();
        TabRows rows = new TabRows(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    edits.delete(i, i + 1);
                } else {
                    edits.replace(i, i + 1, "\n");
                }
            } else if (c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u0085') {
                edits.replace(i, i + 1, "\n");
            } else if (c == '\t' && rows.separatesCells(i)) {
                int end = i;
                while (end < s.length() && s.charAt(end) == '\t') {
                    end++;
                }
                edits.delete(i + 1, end); // one tab keeps a pasted table's cells apart, as the tokenizer reads rows
                i = end - 1;
            } else if (c == '\t' || (c != ' ' && Character.isSpaceChar(c))) {
                edits.replace(i, i + 1, " ");
            } else if (isInvisible(c)) {
                edits.delete(i, i + 1);
            }
        }
        edits.apply();
    }

    /**
     * The lines of a text read as rows of tab-separated values, one line at a time: a line is read once, however many
     * tabs it holds, so a large pasted table costs one pass.
     */
    private static final class TabRows {
        private final String s;
        private int lineEnd = -1;
        private boolean row;
        private int firstText;
        private int lastText;

        TabRows(String s) {
            this.s = s;
        }

        /**
         * Whether the tab at {@code at} separates two cells of a row: its line holds two tabs or more, and text (not
         * white space) stands on both sides of it.
         */
        boolean separatesCells(int at) {
            if (at >= lineEnd) {
                read(s.lastIndexOf('\n', at) + 1);
            }
            return row && firstText >= 0 && firstText < at && lastText > at;
        }

        private void read(int start) {
            int end = s.indexOf('\n', start);
            lineEnd = end < 0 ? s.length() : end;
            int tabs = 0;
            firstText = -1;
            lastText = -1;
            for (int i = start; i < lineEnd; i++) {
                char c = s.charAt(i);
                if (c == '\t') {
                    tabs++;
                } else if (!Character.isWhitespace(c)) {
                    firstText = firstText < 0 ? i : firstText;
                    lastText = i;
                }
            }
            row = tabs >= 2;
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || (Character.isISOControl(c) && c != '\n');
    }

    private static void trimAndCollapseSpaces(TrackedText text) {
        TextEdits edits = text.edit();
        String s = text.text();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && s.charAt(end) == ' ') {
                end++;
            }
            boolean atLineStart = i == 0 || s.charAt(i - 1) == '\n';
            boolean atLineEnd = end == s.length() || s.charAt(end) == '\n';
            if (atLineStart || atLineEnd) {
                edits.delete(i, end);
            } else if (end - i > 1) {
                edits.delete(i + 1, end);
            }
            i = end;
        }
        edits.apply();
    }
}
