package org.borderwatch.ingest;

import org.borderwatch.domain.DateSpan;

/**
 * What is known about a report besides its text, from a manifest or from the file itself (HTML
 * meta tags, PDF document information). Any field may be null when unknown.
 */
public record SourceMetadata(
        String title, String publisher, String author, DateSpan published, String language, String url) {

    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null, null);

    public SourceMetadata {
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        author = blankToNull(author);
        language = blankToNull(language);
        url = blankToNull(url);
    }

    /** These values, each missing one taken from {@code fallback}. */
    public SourceMetadata orElse(SourceMetadata fallback) {
        return new SourceMetadata(
                title != null ? title : fallback.title,
                publisher != null ? publisher : fallback.publisher,
                author != null ? author : fallback.author,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language,
                url != null ? url : fallback.url);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
