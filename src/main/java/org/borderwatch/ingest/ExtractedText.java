package org.borderwatch.ingest;

import java.util.Objects;

/** The text a file holds, as read from it, and the metadata the file itself carries. */
public record ExtractedText(String text, SourceMetadata metadata) {
    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
