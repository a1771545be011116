package org.borderwatch.store;

import org.borderwatch.domain.DateSpan;

/** A stored document's metadata for listings, without its texts. */
public record DocumentSummary(
        String id, String fileName, String sourceUrl, String title, String publisher,
        DateSpan published, int wordCount, int version, boolean extracted) {
}
