package org.borderwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.SaveOutcome;

/**
 * Tallies what storing one file did, over the documents it became: one for most files, several parts
 * for a long one. The file counts as stored when any part is new, as a new version when any part is one
 * (and none is new), as a duplicate when every part was already stored.
 */
final class StoredParts {
    private final String path;
    private final List<String> notes = new ArrayList<>();
    private String firstId;
    private int parts;
    private int fresh;
    private int versions;

    StoredParts(String path) {
        this.path = path;
    }

    /** Where notes about the file go while it is stored. */
    List<String> notes() {
        return notes;
    }

    void add(SavedPart saved) {
        if (saved == null) {
            return;
        }
        if (firstId == null) {
            firstId = saved.documentId();
        }
        parts++;
        if (saved.outcome() == SaveOutcome.NEW) {
            fresh++;
        } else if (saved.outcome() == SaveOutcome.NEW_VERSION) {
            versions++;
        }
    }

    FileResult result() {
        FileOutcome outcome = fresh > 0 ? FileOutcome.STORED : versions > 0 ? FileOutcome.NEW_VERSION : FileOutcome.DUPLICATE;
        return new FileResult(path, outcome, firstId, null, parts, notes);
    }

    /** The file failed; parts stored before the failure stay (a run again finds them duplicates) and are named. */
    FileResult failed(String reason) {
        String stored = parts == 0 ? "" : " (after storing " + parts + (parts == 1 ? " part" : " parts")
                + " of it, which stay; ingesting it again completes it)";
        return FileResult.failed(path, reason + stored);
    }
}
