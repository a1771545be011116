package org.borderwatch.export;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderwatch.store.DocumentSummary;

/** What an export says about the document an event came from. */
public record DocumentInfo(String id, String fileName, String title, String publisher, String sourceUrl) {

    /** For an event whose document is unknown: the id stands in for the file name. */
    public static DocumentInfo unknown(String id) {
        return new DocumentInfo(id, id, null, null, null);
    }

    public static DocumentInfo of(DocumentSummary s) {
        return new DocumentInfo(s.id(), s.fileName() == null ? s.id() : s.fileName(), s.title(), s.publisher(),
                s.sourceUrl());
    }

    /** A lookup by document id over the given documents; unknown ids give {@link #unknown(String)}. */
    public static Function<String, DocumentInfo> lookup(Collection<DocumentSummary> documents) {
        Map<String, DocumentInfo> byId = documents.stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentInfo::of, (a, b) -> a));
        return id -> id == null ? unknown("") : byId.getOrDefault(id, unknown(id));
    }
}
