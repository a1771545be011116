package org.borderwatch.ingest;

import java.util.Objects;

/**
 * The result for one input: the path as given or found, the outcome, the document id when one was
 * made, and the reason when it failed.
 */
public record FileResult(String path, FileOutcome outcome, String documentId, String reason) {
    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == FileOutcome.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly for failed files");
        }
    }

    public static FileResult failed(String path, String reason) {
        return new FileResult(path, FileOutcome.FAILED, null, reason);
    }

    /** The one line a user sees for a failure: "borderwatch: notes.txt: not valid UTF-8 at byte 12". */
    public String errorLine() {
        return "borderwatch: " + path + ": " + reason;
    }
}
