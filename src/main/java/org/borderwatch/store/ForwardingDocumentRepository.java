package org.borderwatch.store;

import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Document;

/** A document repository that passes every call on to another, for wrappers that change one call. */
public interface ForwardingDocumentRepository extends DocumentRepository {
    /** The repository the calls go to. */
    DocumentRepository delegate();

    @Override
    default SaveOutcome save(Document document) {
        return delegate().save(document);
    }

    @Override
    default Optional<Document> findById(String id) {
        return delegate().findById(id);
    }

    @Override
    default Optional<Document> find(String idOrFileName) {
        return delegate().find(idOrFileName);
    }

    @Override
    default List<DocumentSummary> list() {
        return delegate().list();
    }

    @Override
    default List<Document> findNotExtracted(String extractorVersion) {
        return delegate().findNotExtracted(extractorVersion);
    }

    @Override
    default List<Document> all() {
        return delegate().all();
    }

    @Override
    default int count() {
        return delegate().count();
    }
}
