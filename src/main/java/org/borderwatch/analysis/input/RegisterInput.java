package org.borderwatch.analysis.input;

import java.util.List;
import java.util.Map;

/** What every register is derived from: the stored events, merged across documents, and the documents' sources. */
public record RegisterInput(List<ReportedEvent> events, Map<String, SourceDocument> documents) {
    public RegisterInput {
        events = List.copyOf(events);
        documents = Map.copyOf(documents);
    }

    public SourceDocument document(String id) {
        SourceDocument d = documents.get(id);
        return d != null ? d : new SourceDocument(id, null, null, null, null);
    }
}
