package org.borderwatch.ingest;

import org.borderwatch.store.SaveOutcome;

/** One document saved from a file (the whole file, or one part of it) and what saving it did. */
record SavedPart(String documentId, SaveOutcome outcome) {
}
