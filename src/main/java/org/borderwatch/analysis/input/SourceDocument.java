package org.borderwatch.analysis.input;

import org.borderwatch.domain.DateSpan;

/** What the registers need to know of a stored document: who published it and when. Fields may be null. */
public record SourceDocument(String id, String title, String publisher, String sourceUrl, DateSpan published) {
    /** The name to credit a figure to when the text states it in its own voice: the publisher, else the title. */
    public String label() {
        if (publisher != null && !publisher.isBlank()) {
            return publisher;
        }
        return title != null && !title.isBlank() ? title : "document " + id;
    }
}
