package org.borderwatch.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A register laid out as a table: what the CSV export writes and the command line prints. */
public record RegisterTable(String title, List<String> header, List<List<String>> rows) {
    public RegisterTable {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException(title + ": a row has " + r.size() + " fields for " + header.size() + " columns");
            }
        }
    }

    /** RFC 4180 CSV with a header line. */
    public void writeCsv(Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.writeRow(header);
        for (List<String> r : rows) {
            csv.writeRow(r);
        }
    }
}
