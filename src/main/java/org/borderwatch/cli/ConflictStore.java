package org.borderwatch.cli;

import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.ForwardingDocumentRepository;
import org.borderwatch.store.ForwardingStore;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.Store;

/**
 * A store through which every document saved without a conflict of its own is saved as belonging to the
 * conflict chosen on the command line, whether it comes from files (ingest, demo) or from the API (serve).
 * Content already stored keeps the conflict it was first stored with.
 */
record ConflictStore(Store delegate, DocumentRepository documents) implements ForwardingStore {
    /** The store, with documents saved without a conflict joining {@code conflictId}. */
    static ConflictStore of(Store store, String conflictId) {
        return new ConflictStore(store, new Documents(store.documents(), conflictId));
    }

    private record Documents(DocumentRepository delegate, String conflictId) implements ForwardingDocumentRepository {
        @Override
        public SaveOutcome save(Document document) {
            return delegate.save(document.conflict() == null ? document.withConflict(conflictId) : document);
        }
    }
}
