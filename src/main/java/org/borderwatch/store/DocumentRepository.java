package org.borderwatch.store;

import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Document;

/** Stored documents. Each save is one transaction: a document is stored whole or not at all. */
public interface DocumentRepository {
    SaveOutcome save(Document document);

    Optional<Document> findById(String id);

    /**
     * By id, by a unique id prefix, by the file name it was ingested from, or by the start of a file name
     * only one stored file name has (for file names: the latest version).
     */
    Optional<Document> find(String idOrFileName);

    List<DocumentSummary> list();

    /**
     * Documents whose events have not been extracted by the given extractor version. (The JDBC store reads
     * each document when the list is asked for it, so a long list does not hold every text in memory.)
     */
    List<Document> findNotExtracted(String extractorVersion);

    /** Every stored document, in the order of {@link #list()}; read as the list is read, like {@link #findNotExtracted}. */
    default List<Document> all() {
        return list().stream().map(s -> findById(s.id())).flatMap(Optional::stream).toList();
    }

    int count();
}
