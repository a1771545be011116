package org.borderwatch.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.borderwatch.export.RegisterTable;

/** Prints a register table on the terminal: a title, aligned columns, long cells cut with an ellipsis. */
final class TablePrinter {
    /** No column is wider than this; the words of long cells are in the CSV and JSON exports. */
    private static final int MAX_COLUMN = 34;

    private TablePrinter() {
    }

    static void print(RegisterTable table, Writer out) throws IOException {
        String nl = System.lineSeparator();
        out.write(table.title() + " (" + table.rows().size() + ")" + nl);
        if (table.rows().isEmpty()) {
            out.write("  none" + nl);
            return;
        }
        int[] widths = new int[table.header().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(MAX_COLUMN, table.header().get(c).length());
            for (List<String> r : table.rows()) {
                widths[c] = Math.min(MAX_COLUMN, Math.max(widths[c], r.get(c).length()));
            }
        }
        out.write(line(table.header(), widths) + nl);
        for (List<String> r : table.rows()) {
            out.write(line(r, widths) + nl);
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).replace('\n', ' ');
            String clipped = cell.length() <= widths[c] ? cell : cell.substring(0, widths[c] - 1) + "…";
            b.append(' ').append(clipped).append(" ".repeat(widths[c] - clipped.length())).append(' ');
        }
        return b.toString().stripTrailing();
    }
}
