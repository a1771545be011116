package org.borderwatch.extract;

import java.time.Instant;
import java.time.LocalDate;
import org.borderwatch.clean.CleanText;
import org.borderwatch.clean.Cleaner;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.OffsetMap;

/** Documents for tests: short texts written for the tests, or raw files cleaned by the real cleaner. */
public final class TestDocuments {
    private static final Extractor SHIPPED = Extractor.withDefaults();

    private TestDocuments() {
    }

    /** The events the shipped conflict's extractor (its own place list, no gazetteer) finds in {@code text}. */
    public static java.util.List<org.borderwatch.domain.Event> extract(String text, String published) {
        return SHIPPED.extract(of(text, published));
    }

    /** A document whose clean text is {@code text} as given, published on {@code published}. */
    public static Document of(String text, String published) {
        return new Document("test-doc", null, "test.txt", "test", null, null, "en",
                published == null ? null : DateSpan.day(LocalDate.parse(published)), "test-hash", text, text,
                OffsetMap.identity(text.length()), 1, Instant.EPOCH);
    }

    /** A document as {@link #of} makes it, with the title its manifest gives. */
    public static Document titled(String title, String text, String published) {
        Document d = of(text, published);
        return new Document(d.id(), null, d.fileName(), title, null, null, "en", d.published(), d.contentHash(), text, text,
                OffsetMap.identity(text.length()), 1, Instant.EPOCH);
    }

    /** A raw text cleaned as ingestion cleans it. */
    static Document cleaned(String id, String raw, DateSpan published) {
        CleanText clean = Cleaner.standard().clean(raw);
        return new Document(id, null, id, id, null, null, "en", published, id, raw, clean.text(), clean.offsets(), 1,
                Instant.EPOCH);
    }
}
