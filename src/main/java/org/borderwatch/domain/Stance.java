package org.borderwatch.domain;

/** What a claimant says of an event. */
public enum Stance {
    /** States that the event happened (the source reporting it). */
    ASSERTS,
    /** Says it did not happen. */
    DENIES,
    /** Accepts that something happened but puts the blame on the other side. */
    BLAMES_OTHER_SIDE,
    /** The text itself, or a named party, calls the report false. */
    CALLED_FALSE
}
