package org.borderwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** `borderwatch documents`: lists the stored documents. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Lists the stored documents: id, file, title, publisher, date, words, version.")
final class DocumentsCommand implements Callable<Integer> {
    private static final String[] HEADER = {"ID", "FILE", "TITLE", "PUBLISHER", "DATE", "WORDS", "VERSION"};
    private static final int[] MAX_WIDTH = {16, 34, 44, 28, 10, 7, 7};

    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        List<DocumentSummary> documents;
        try (Store store = root.openStore()) {
            documents = store.documents().list();
        } catch (RuntimeException e) {
            System.err.println("borderwatch: cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        }
        if (documents.isEmpty()) {
            System.out.println("No documents stored yet. Add some with: borderwatch ingest PATH...");
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (DocumentSummary d : documents) {
            rows.add(new String[] {d.id(), d.fileName(), d.title(), d.publisher(), date(d.published()),
                String.valueOf(d.wordCount()), String.valueOf(d.version())});
        }
        render(rows).forEach(System.out::println);
        return 0;
    }

    /** Columns padded to their widest cell (within a maximum; longer cells end in "…"); numbers right-aligned. */
    static List<String> render(List<String[]> rows) {
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], Math.min(MAX_WIDTH[c], cell(row[c]).length()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String value = fit(cell(row[c]), width[c]);
                boolean number = c >= 5;
                line.append(number ? " ".repeat(width[c] - value.length()) + value : value + " ".repeat(width[c] - value.length()));
                if (c < row.length - 1) {
                    line.append("  ");
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** One line of the value; titles and file names come from outside, so their control characters are escaped. */
    private static String cell(String value) {
        return value == null ? "" : TerminalText.safe(value.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "));
    }

    private static String fit(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }

    /** The date as precisely as it is known: 2022-09-20, 2022-09 or 2022. */
    static String date(DateSpan span) {
        if (span == null) {
            return "";
        }
        return switch (span.precision()) {
            case DAY, WEEK -> span.start().toString();
            case MONTH -> span.start().toString().substring(0, 7);
            case YEAR -> String.valueOf(span.start().getYear());
        };
    }
}
