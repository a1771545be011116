package org.borderwatch.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;

/** Stored event reports (one per document and event) and the cross-document events they form. */
public interface EventRepository {
    /**
     * Replaces every event report of a document with these, in one transaction, and records that the
     * document was extracted by {@code extractorVersion}.
     */
    void replaceForDocument(String documentId, List<Event> events, String extractorVersion);

    Optional<Event> findById(String id);

    List<Event> findByDocument(String documentId);

    EventPage search(EventQuery query);

    EventStats stats(EventQuery query);

    /** Replaces all cross-document groupings (they are recomputed over all reports after each extraction). */
    void replaceMerged(List<MergedEvent> merged);

    /** The merged event a report belongs to, with all its reports. */
    Optional<MergedEvent> findMergedContaining(String eventId);

    List<MergedEvent> findAllMerged();

    long count();

    /**
     * Every event the query matches, in its sort order, from its page on (page size = the query's size),
     * fetched lazily a page at a time.
     */
    default Iterator<Event> iterate(EventQuery query) {
        return new PagedEvents(this, query);
    }
}
