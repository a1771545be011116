package org.borderwatch.analysis.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.input.SourceDocument;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;

/** Reads what the registers are derived from out of a store: the merged events and the documents' sources. */
public final class StoredEvents {
    private StoredEvents() {
    }

    /** Every stored event, whatever conflict its document belongs to. */
    public static RegisterInput read(Store store) {
        return read(store, DocumentScope.ALL);
    }

    /**
     * The events of the documents in scope: every merged event, with only its reports from those documents, and
     * every such report no grouping holds yet (as an event of its own), so a store whose merge has not run still has
     * registers.
     */
    public static RegisterInput read(Store store, DocumentScope scope) {
        Map<String, SourceDocument> documents = new HashMap<>();
        for (DocumentSummary d : store.documents().list()) {
            if (scope.includes(d.conflict())) {
                documents.put(d.id(), new SourceDocument(d.id(), d.title(), d.publisher(), d.sourceUrl(), d.published()));
            }
        }
        List<ReportedEvent> events = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        for (MergedEvent m : store.events().findAllMerged()) {
            m.reports().forEach(r -> grouped.add(r.id()));
            List<Event> inScope = m.reports().stream().filter(r -> documents.containsKey(r.documentId())).toList();
            if (!inScope.isEmpty()) {
                events.add(new ReportedEvent(inScope.size() == m.reports().size() ? m
                        : new MergedEvent(m.id(), inScope, m.disagreements())));
            }
        }
        if (grouped.size() < store.events().count()) {
            Iterator<Event> all = store.events().iterate(EventQuery.all());
            while (all.hasNext()) {
                Event e = all.next();
                if (!grouped.contains(e.id()) && documents.containsKey(e.documentId())) {
                    events.add(new ReportedEvent(new MergedEvent(e.id(), List.of(e), List.of())));
                }
            }
        }
        return new RegisterInput(events, documents);
    }
}
