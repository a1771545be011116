package org.borderwatch.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Span;

/**
 * Takes the text out of a box drawn with characters, as plain-text pages and newsletters frame a chronology or a fact
 * box: the border lines ("+------+") go, each row ("| 14 Sep 2022  Gunfire near X |") keeps only what stands between
 * its bars, and a row indented under the one before it (the box wrapped a long entry) joins that entry, so each entry
 * is one line again, a paragraph of its own. A row with a bar inside is a table's row, left to the table reading.
 */
public final class UnwrapTextBoxes implements CleaningStep {
    private static final Pattern BORDER = Pattern.compile("^\\s*\\+[-=+]{3,}\\+\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\s*\\|( *)([^|]*?)\\s*\\|\\s*$");
    /** Spaces after the left bar beyond the box's usual margin that mark a wrapped entry's next line. */
    private static final int CONTINUATION_INDENT = 2;
    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    @Override
    public String name() {
        return "unwrap-text-boxes";
    }

    @Override
    public void apply(TrackedText text) {
        if (text.text().indexOf('|') < 0) {
            return;
        }
        List<Span> lines = text.lines();
        List<Row> rows = new ArrayList<>(lines.size());
        for (Span line : lines) {
            rows.add(Row.of(text.substring(line), line));
        }
        TextEdits edits = text.edit();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null) {
                continue;
            }
            if (row.border()) {
                edits.deleteLine(row.line());
                continue;
            }
            boolean continues = i > 0 && wrapsOnto(rows.get(i - 1), row);
            // "14 Sep 2022  Gunfire near X": a gap of spaces inside a row parts the box's columns; it is written as the
            // cleaner writes a pasted table's cell gap (two tabs, of which whitespace normalising keeps one)
            Matcher gap = COLUMN_GAP.matcher(row.content());
            if (gap.find()) {
                edits.replace(row.contentStart() + gap.start(), row.contentStart() + gap.end(), "\t\t");
            }
            if (continues) {
                // the wrapped entry's line break, bars and margin become the one space between its words
                edits.replace(rows.get(i - 1).contentEnd(), row.contentStart(), " ");
            } else {
                edits.delete(row.line().start(), row.contentStart());
            }
            boolean continuedNext = i + 1 < rows.size() && wrapsOnto(row, rows.get(i + 1));
            if (!continuedNext && row.contentEnd() < row.line().end()) {
                // an entry ends its paragraph: the rows of a box are items, not a wrapped text's lines
                edits.replace(row.contentEnd(), row.line().end(), "\n");
            }
        }
        edits.apply();
    }

    /** Whether {@code below} goes on with the entry of the row {@code above}: a row of text indented under it. */
    private static boolean wrapsOnto(Row above, Row below) {
        return above != null && below != null && !above.border() && !below.border() && !above.content().isEmpty()
                && below.indent() >= above.indent() + CONTINUATION_INDENT;
    }

    /** A line of a box: a border, or a row with its content's place in the text. */
    private record Row(Span line, boolean border, int indent, int contentStart, int contentEnd, String content) {
        static Row of(String s, Span line) {
            if (BORDER.matcher(s).matches()) {
                return new Row(line, true, 0, line.start(), line.start(), "");
            }
            Matcher m = ROW.matcher(s);
            if (!m.matches()) {
                return null;
            }
            int start = line.start() + m.start(2);
            int end = line.start() + m.end(2);
            return new Row(line, false, m.group(1).length(), start, end, m.group(2));
        }
    }
}
