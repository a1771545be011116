package org.borderwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One report as ingested: where it came from, what it says raw, and its cleaned text with the map
 * from clean offsets back to raw ones. {@code id} is derived from the content hash, so the same
 * content is one document however often it is ingested; {@code version} counts changed contents
 * seen at the same source URL. {@code conflict} names the conflict configuration its events are extracted
 * with (a shipped conflict's id, or the folder of one on disk); null leaves it to the default conflict.
 */
public record Document(
        String id,
        String sourceUrl,
        String fileName,
        String title,
        String publisher,
        String author,
        String language,
        DateSpan published,
        String contentHash,
        String rawText,
        String cleanText,
        OffsetMap offsets,
        int version,
        Instant ingestedAt,
        String conflict) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(cleanText, "cleanText");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.cleanLength() != cleanText.length() || offsets.rawLength() != rawText.length()) {
            throw new IllegalArgumentException("offset map does not fit the texts of document " + id);
        }
    }

    /** A document of the default conflict. */
    public Document(String id, String sourceUrl, String fileName, String title, String publisher, String author,
                    String language, DateSpan published, String contentHash, String rawText, String cleanText,
                    OffsetMap offsets, int version, Instant ingestedAt) {
        this(id, sourceUrl, fileName, title, publisher, author, language, published, contentHash, rawText, cleanText,
                offsets, version, ingestedAt, null);
    }

    /** The same document as the given version of its source. */
    public Document withVersion(int newVersion) {
        return new Document(id, sourceUrl, fileName, title, publisher, author, language, published, contentHash, rawText,
                cleanText, offsets, newVersion, ingestedAt, conflict);
    }

    /** The same document, belonging to another conflict. */
    public Document withConflict(String newConflict) {
        return new Document(id, sourceUrl, fileName, title, publisher, author, language, published, contentHash, rawText,
                cleanText, offsets, version, ingestedAt, newConflict);
    }

    public int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < cleanText.length(); i++) {
            boolean letter = Character.isLetterOrDigit(cleanText.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** Evidence for a span of the clean text, carrying its raw span too. */
    public Evidence evidence(Span clean) {
        return new Evidence(id, offsets.toRaw(clean), clean, cleanText.substring(clean.start(), clean.end()));
    }
}
