package org.borderwatch.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentRepository;

/**
 * Document titles for labelling reports, remembered so an event panel does not load every
 * document's full text again. A document's content never changes under its id, so neither does its title.
 */
final class DocumentTitles {
    private final DocumentRepository documents;
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    DocumentTitles(DocumentRepository documents) {
        this.documents = documents;
    }

    String titleOf(String documentId) {
        if (documentId == null) {
            return null;
        }
        String known = titles.get(documentId);
        if (known != null) {
            return known;
        }
        String title = documents.findById(documentId).map(DocumentTitles::label).orElse(null);
        if (title != null) {
            titles.put(documentId, title);
        }
        return title;
    }

    void forget(String documentId) {
        titles.remove(documentId);
    }

    private static String label(Document d) {
        if (d.title() != null && !d.title().isBlank()) {
            return d.title();
        }
        return d.fileName() != null ? d.fileName() : d.id();
    }
}
