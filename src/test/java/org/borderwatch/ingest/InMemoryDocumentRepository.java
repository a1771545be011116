package org.borderwatch.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.SaveOutcome;

/** A document repository in a map, following the contract of the real store, for tests. */
final class InMemoryDocumentRepository implements DocumentRepository {
    private final Map<String, Document> byId = new LinkedHashMap<>();
    private RuntimeException failNextSave;

    void failNextSave(RuntimeException e) {
        failNextSave = e;
    }

    @Override
    public SaveOutcome save(Document document) {
        if (failNextSave != null) {
            RuntimeException e = failNextSave;
            failNextSave = null;
            throw e;
        }
        if (byId.containsKey(document.id())) {
            return SaveOutcome.DUPLICATE;
        }
        boolean seenSource = byId.values().stream().anyMatch(d -> d.sourceUrl().equals(document.sourceUrl()));
        byId.put(document.id(), document);
        return seenSource ? SaveOutcome.NEW_VERSION : SaveOutcome.NEW;
    }

    @Override
    public Optional<Document> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Document> find(String idOrFileName) {
        Document exact = byId.get(idOrFileName);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Document> prefixed = byId.values().stream().filter(d -> d.id().startsWith(idOrFileName)).toList();
        if (prefixed.size() == 1) {
            return Optional.of(prefixed.get(0));
        }
        return byId.values().stream().filter(d -> idOrFileName.equals(d.fileName()))
                .max(Comparator.comparingInt(Document::version));
    }

    @Override
    public List<DocumentSummary> list() {
        List<DocumentSummary> summaries = new ArrayList<>();
        for (Document d : byId.values()) {
            summaries.add(new DocumentSummary(d.id(), d.fileName(), d.sourceUrl(), d.title(), d.publisher(),
                    d.published(), d.wordCount(), d.version(), false, d.conflict()));
        }
        return summaries;
    }

    @Override
    public List<Document> findNotExtracted(String extractorVersion) {
        return List.copyOf(byId.values());
    }

    @Override
    public int count() {
        return byId.size();
    }
}
