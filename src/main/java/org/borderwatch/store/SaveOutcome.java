package org.borderwatch.store;

/** What storing a document did. */
public enum SaveOutcome {
    /** A document not seen before. */
    NEW,
    /** Changed content at a source URL already stored: kept as a further version. */
    NEW_VERSION,
    /** The same content is already stored; nothing was written. */
    DUPLICATE
}
