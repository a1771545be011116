package org.borderwatch.cli;

import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.Store;

/**
 * A store through which every document saved without a conflict of its own is saved as belonging to the
 * conflict chosen on the command line, whether it comes from files (ingest, demo) or from the API (serve).
 * Content already stored keeps the conflict it was first stored with.
 */
record ConflictStore(Store store, DocumentRepository documents) implements Store {
    /** The store, with documents saved without a conflict joining {@code conflictId}. */
    static ConflictStore of(Store store, String conflictId) {
        return new ConflictStore(store, new Documents(store.documents(), conflictId));
    }

    @Override
    public EventRepository events() {
        return store.events();
    }

    @Override
    public GazetteerRepository gazetteer() {
        return store.gazetteer();
    }

    @Override
    public void close() {
        store.close();
    }

    private record Documents(DocumentRepository repository, String conflictId) implements DocumentRepository {
        @Override
        public SaveOutcome save(Document document) {
            return repository.save(document.conflict() == null ? document.withConflict(conflictId) : document);
        }

        @Override
        public Optional<Document> findById(String id) {
            return repository.findById(id);
        }

        @Override
        public Optional<Document> find(String idOrFileName) {
            return repository.find(idOrFileName);
        }

        @Override
        public List<DocumentSummary> list() {
            return repository.list();
        }

        @Override
        public List<Document> findNotExtracted(String extractorVersion) {
            return repository.findNotExtracted(extractorVersion);
        }

        @Override
        public int count() {
            return repository.count();
        }
    }
}
