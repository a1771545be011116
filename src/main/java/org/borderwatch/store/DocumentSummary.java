package org.borderwatch.store;

import org.borderwatch.domain.DateSpan;

/**
 * A stored document's metadata for listings, without its texts.
 *
 * @param conflict the conflict the store records for the document, null for one stored before documents had one
 */
public record DocumentSummary(
        String id, String fileName, String sourceUrl, String title, String publisher,
        DateSpan published, int wordCount, int version, boolean extracted, String conflict) {
}
