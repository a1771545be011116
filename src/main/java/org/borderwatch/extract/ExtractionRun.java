package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.extract.merge.EventMerger;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.EventRepository;

/**
 * Extracts the stored documents that the current extractor version has not processed (or all of them),
 * replaces each document's events in one transaction, then recomputes the cross-document merges.
 */
public final class ExtractionRun {
    /**
     * What a run did. {@code failures} names each document whose extraction threw, with the error: its
     * stored events are left as they were and it stays queued for the next run.
     */
    public record Summary(int documents, int events, int mergedEvents, long words, double seconds, List<String> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }

        public double wordsPerSecond() {
            return seconds > 0 ? words / seconds : 0;
        }
    }

    private final java.util.function.Function<Document, List<Event>> extractor;
    private final EventMerger merger = new EventMerger();
    private final DocumentRepository documents;
    private final EventRepository events;
    private final ProgressListener progress;

    public ExtractionRun(Extractor extractor, DocumentRepository documents, EventRepository events, ProgressListener progress) {
        this(extractor::extract, documents, events, progress);
    }

    /**
     * A run with any function from a document to its events in place of one extractor: tests, other engines,
     * or a choice of extractor per document (each document's own conflict).
     */
    public ExtractionRun(java.util.function.Function<Document, List<Event>> extractor, DocumentRepository documents,
                         EventRepository events, ProgressListener progress) {
        this.extractor = extractor;
        this.documents = documents;
        this.events = events;
        this.progress = progress == null ? ProgressListener.SILENT : progress;
    }

    public Summary run(boolean all) {
        return run(all, document -> true);
    }

    /** A run over only the documents {@code include} accepts (those of one conflict); the merge still spans all. */
    public Summary run(boolean all, Predicate<Document> include) {
        long start = System.nanoTime();
        // read one at a time as the run goes (and tested there), so the texts are not all in memory at once
        List<Document> todo = all ? allDocuments() : documents.findNotExtracted(Extractor.VERSION);
        int extracted = 0;
        int eventCount = 0;
        long words = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            Document d = todo.get(i);
            if (!include.test(d)) {
                continue;
            }
            extracted++;
            progress.progress(i, todo.size(), d.fileName());
            List<Event> found;
            try {
                found = extractor.apply(d);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // a fault on one document's text must not cost the others theirs (nor one too big for the memory or
                // stack given, which are free again once it is dropped); store errors still stop the run
                failures.add(d.fileName() + " (" + d.id() + "): extraction failed: " + e);
                continue;
            }
            String twice = repeatedId(found);
            if (twice != null) {
                // the store would refuse the whole batch of this document and stop the run: refuse it here, alone (a
                // backstop: the report stage already numbers ids that would repeat, but an engine passed in may not)
                failures.add(d.fileName() + " (" + d.id() + "): extraction failed: two events share the id " + twice);
                continue;
            }
            events.replaceForDocument(d.id(), found, Extractor.VERSION);
            eventCount += found.size();
            words += d.wordCount();
        }
        progress.progress(todo.size(), todo.size(), null);
        int merged = 0;
        // also when a run was cut off between storing events and merging them: the store knows
        if (extracted > 0 || events.mergesStale()) {
            long basedOn = events.eventsVersion();
            List<Event> reports = new ArrayList<>();
            for (DocumentSummary s : documents.list()) {
                reports.addAll(events.findByDocument(s.id()));
            }
            var groups = merger.merge(reports);
            events.replaceMerged(groups, basedOn);
            merged = groups.size();
        }
        return new Summary(extracted, eventCount, merged, words, (System.nanoTime() - start) / 1e9, failures);
    }

    /** An id two of the events carry, or null when each is unique. */
    private static String repeatedId(List<Event> found) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Event e : found) {
            if (e.id() != null && !seen.add(e.id())) {
                return e.id();
            }
        }
        return null;
    }

    private List<Document> allDocuments() {
        return documents.all();
    }
}
