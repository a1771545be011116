package org.borderwatch.ingest;

import java.time.Clock;
import java.util.List;
import org.borderwatch.clean.CleanText;
import org.borderwatch.clean.Cleaner;
import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentLimits;

/**
 * Makes the document of one text read from a file (or of one part of a long file): cleans it, and names
 * and identifies it from the file's metadata. Values too long for the store are cut, with a note saying
 * so; a source URL, which is an identity, is never cut: the file fails instead.
 */
final class DocumentMaker {
    /** What is known of a file besides its text: its name, its identity (source), and its metadata. */
    record Origin(String fileName, String source, SourceMetadata metadata) {
    }

    private final Cleaner cleaner;
    private final Clock clock;

    DocumentMaker(Cleaner cleaner, Clock clock) {
        this.cleaner = cleaner;
        this.clock = clock;
    }

    /**
     * @param part 0 for a whole file, else the number of the part (its source and title then say which)
     * @param notes where notes about values cut short go
     */
    Document make(String raw, Origin origin, int part, List<String> notes) throws IngestException {
        if (raw.isBlank()) {
            throw new IngestException(part == 0 ? "no text in the file (only whitespace)" : "part " + part + " holds no text");
        }
        CleanText clean = cleaner.clean(raw);
        if (clean.text().isBlank() && part == 0) {
            throw new IngestException("no text left after cleaning (only navigation, markup or links)");
        }
        SourceMetadata m = origin.metadata();
        String source = part == 0 ? origin.source() : origin.source() + "#part-" + part;
        String tooLong = DocumentLimits.problem("its source URL", source, DocumentLimits.SOURCE_URL);
        if (tooLong != null) {
            throw new IngestException(tooLong);
        }
        // the parts of a long file share its title; a part's own first paragraph would name each differently
        String title = m.title() != null ? m.title() : TitleGuess.from(part == 0 ? clean.text() : "", origin.fileName());
        String suffix = part == 0 ? "" : " (part " + part + ")";
        String hash = DocumentHashes.contentHash(raw);
        return new Document(
                DocumentHashes.idOf(hash),
                source,
                cut(origin.fileName(), DocumentLimits.FILE_NAME, "file name", notes),
                cut(title, DocumentLimits.TITLE - suffix.length(), "title", notes) + suffix,
                cut(m.publisher(), DocumentLimits.PUBLISHER, "publisher", notes),
                cut(m.author(), DocumentLimits.AUTHOR, "author", notes),
                cut(m.language(), DocumentLimits.LANGUAGE, "language", notes),
                m.published(),
                hash,
                raw,
                clean.text(),
                clean.offsets(),
                1,
                clock.instant());
    }

    /** The value, or its start ending in "…" when it is longer than the store takes, noted once per field. */
    private static String cut(String value, int limit, String field, List<String> notes) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        String note = String.format(java.util.Locale.ROOT, "the %s was cut to %,d characters (it had %,d)", field, limit,
                value.length());
        if (!notes.contains(note)) {
            notes.add(note);
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
