package org.borderwatch.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.clean.CleanText;
import org.borderwatch.clean.Cleaner;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.ingest.DocumentHashes;
import org.borderwatch.store.DocumentLimits;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.Store;

/**
 * {@code /api/documents}: the stored reports, one report's clean text with the spans its events
 * rest on (the page marks them with text nodes), and adding a plain-text report (a write, token-guarded).
 */
final class DocumentsHandler {
    record DocumentJson(String id, String fileName, String sourceUrl, String title, String publisher,
                        LocalDate published, String publishedPrecision, int wordCount, int version, boolean extracted) {
    }

    /** A span of the clean text that is evidence for an event ({@code kind} "evidence") or a claim ("claim"). */
    record MarkedSpan(int start, int end, String eventId, String kind) {
    }

    record DocumentDetail(String id, String fileName, String sourceUrl, String title, String publisher, String author,
                          String language, LocalDate published, String publishedPrecision, int version, int wordCount,
                          String text, List<MarkedSpan> spans) {
    }

    record Created(String id, String outcome) {
    }

    private final Store store;
    private final ObjectMapper json;
    private final Runnable onWrite;
    private final Cleaner cleaner = Cleaner.standard();

    DocumentsHandler(Store store, ObjectMapper json, Runnable onWrite) {
        this.store = store;
        this.json = json;
        this.onWrite = onWrite;
    }

    void list(Context ctx) {
        ctx.json(store.documents().list().stream().map(DocumentsHandler::json).toList());
    }

    void detail(Context ctx) {
        String id = ctx.pathParam("id");
        Document d = store.documents().findById(id).orElseThrow(() -> ApiException.notFound("document '" + id + "'"));
        ctx.json(new DocumentDetail(d.id(), d.fileName(), d.sourceUrl(), d.title(), d.publisher(), d.author(),
                d.language(), d.published() == null ? null : d.published().start(),
                d.published() == null ? null : d.published().precision().name().toLowerCase(),
                d.version(), d.wordCount(), d.cleanText(), spans(d)));
    }

    /** Stores a plain-text report sent as JSON {title, text, publisher?, source_url?, published?}. */
    void create(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new ApiException(400, "request body is not valid JSON", "body");
        }
        String text = field(body, "text");
        if (text == null || text.isBlank()) {
            throw new ApiException(400, "'text' is required and must not be empty", "text");
        }
        String title = field(body, "title", DocumentLimits.TITLE);
        String sourceUrl = field(body, "source_url", DocumentLimits.SOURCE_URL);
        String publisher = field(body, "publisher", DocumentLimits.PUBLISHER);
        String author = field(body, "author", DocumentLimits.AUTHOR);
        String language = field(body, "language", DocumentLimits.LANGUAGE);
        DateSpan published = publishedDate(field(body, "published"));
        // Cleaned and identified exactly as ingested files are, so an upload and a file of the same text are one document.
        String hash = DocumentHashes.contentHash(text);
        CleanText clean = cleaner.clean(text);
        Document doc = new Document(DocumentHashes.idOf(hash), sourceUrl, null, title, publisher, author, language,
                published, hash, text, clean.text(), clean.offsets(), 1, Instant.now());
        SaveOutcome outcome = store.documents().save(doc);
        store.sync(); // the answer says the report is stored: it must then survive a crash
        onWrite.run();
        ctx.status(outcome == SaveOutcome.DUPLICATE ? 200 : 201).json(new Created(doc.id(), outcome.name().toLowerCase()));
    }

    private List<MarkedSpan> spans(Document d) {
        List<MarkedSpan> spans = new ArrayList<>();
        for (Event e : store.events().findByDocument(d.id())) {
            for (Evidence ev : e.evidence()) {
                add(spans, d, ev, e.id(), "evidence");
            }
            for (Claim c : e.claims()) {
                add(spans, d, c.evidence(), e.id(), "claim");
            }
        }
        spans.sort(Comparator.comparingInt(MarkedSpan::start).thenComparingInt(MarkedSpan::end));
        return spans;
    }

    private static void add(List<MarkedSpan> spans, Document d, Evidence ev, String eventId, String kind) {
        // Evidence from another document, or outside this text, cannot be marked here.
        if (ev == null || ev.clean() == null || !d.id().equals(ev.documentId()) || ev.clean().end() > d.cleanText().length()) {
            return;
        }
        spans.add(new MarkedSpan(ev.clean().start(), ev.clean().end(), eventId, kind));
    }

    private static DocumentJson json(DocumentSummary s) {
        return new DocumentJson(s.id(), s.fileName(), s.sourceUrl(), s.title(), s.publisher(),
                s.published() == null ? null : s.published().start(),
                s.published() == null ? null : s.published().precision().name().toLowerCase(),
                s.wordCount(), s.version(), s.extracted());
    }

    /** A string field no longer than the store takes. */
    private static String field(JsonNode body, String name, int limit) {
        String value = field(body, name);
        String tooLong = DocumentLimits.problem("'" + name + "'", value, limit);
        if (tooLong != null) {
            throw new ApiException(400, tooLong, name);
        }
        return value;
    }

    private static String field(JsonNode body, String name) {
        JsonNode node = body == null ? null : body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new ApiException(400, "'" + name + "' must be a string", name);
        }
        return node.asText();
    }

    private static DateSpan publishedDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DateSpan.of(LocalDate.parse(value), DatePrecision.DAY);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "'published' must be an ISO date like 2022-09-13", "published");
        }
    }
}
