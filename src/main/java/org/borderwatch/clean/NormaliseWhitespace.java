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
            } else if (c == '\t' && cellsOfARow(s, i)) {
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
     * Whether the tab at {@code at} separates two cells of a row of tab-separated values: its line holds two tabs or
     * more, and text stands on both sides of it.
     */
    private static boolean cellsOfARow(String s, int at) {
        int start = s.lastIndexOf('\n', at) + 1;
        int end = s.indexOf('\n', at);
        String line = s.substring(start, end < 0 ? s.length() : end);
        long tabs = line.chars().filter(ch -> ch == '\t').count();
        return tabs >= 2 && !line.substring(0, at - start).isBlank() && !line.substring(at - start).replace('\t', ' ').isBlank();
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
