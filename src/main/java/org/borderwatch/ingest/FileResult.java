package org.borderwatch.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The result for one input: the path as given or found, the outcome, the document id when one was
 * made (the first part's, for a file stored in parts), the reason when it failed, how many documents
 * (parts) it was stored as, and notes the user should read even though it was stored (a value cut short).
 */
public record FileResult(String path, FileOutcome outcome, String documentId, String reason, int parts,
                         List<String> notes) {
    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == FileOutcome.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly for failed files");
        }
        notes = List.copyOf(notes);
    }

    public FileResult(String path, FileOutcome outcome, String documentId, String reason) {
        this(path, outcome, documentId, reason, outcome == FileOutcome.FAILED ? 0 : 1, List.of());
    }

    public static FileResult failed(String path, String reason) {
        return new FileResult(path, FileOutcome.FAILED, null, reason);
    }

    /** The one line a user sees for a failure: "borderwatch: notes.txt: not valid UTF-8 at byte 12". */
    public String errorLine() {
        return "borderwatch: " + path + ": " + reason;
    }

    /** The lines a user sees for the notes: "borderwatch: report.html: note: the title was cut to 2,000 characters". */
    public List<String> noteLines() {
        return notes.stream().map(n -> "borderwatch: " + path + ": note: " + n).toList();
    }
}
