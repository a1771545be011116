package org.borderwatch.ingest;

/** What ingesting one file did. */
public enum FileOutcome {
    /** A document not seen before, now stored. */
    STORED,
    /** Changed content at a source already stored, stored as a further version. */
    NEW_VERSION,
    /** The same content was already stored; nothing was written. */
    DUPLICATE,
    /** The file could not be ingested; {@link FileResult#reason()} says why. */
    FAILED
}
