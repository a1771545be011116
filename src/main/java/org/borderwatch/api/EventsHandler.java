package org.borderwatch.api;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Disagreement;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;

/** {@code /api/events}: filtered pages of events, and one event with every document's report of it. */
final class EventsHandler {
    private static final Set<String> LIST_PARAMS = union(EventQueryParser.FILTERS, EventQueryParser.PAGING);
    /** Pages of many filters, sorts and page numbers; some 50 kB each. */
    private static final int CACHED_FILTERS = 256;

    record EventList(long total, int page, int size, List<EventJson.Summary> events) {
    }

    record DisagreementJson(String field, Map<String, String> valueByDocument) {
    }

    record EventDetail(EventJson.Summary event, String mergedId, List<EventJson.Report> reports,
                       List<DisagreementJson> disagreements) {
    }

    private final Store store;
    private final DocumentTitles titles;
    /** The last pages asked for, since the page asks for one again when going back or re-rendering. */
    private final FilterCache<EventList> pages;

    EventsHandler(Store store, DocumentTitles titles) {
        this.store = store;
        this.titles = titles;
        this.pages = new FilterCache<>(CACHED_FILTERS, store.events()::count);
    }

    void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        EventQuery query = EventQueryParser.parse(params, LIST_PARAMS);
        ctx.json(pages.get(FilterCache.key(params), () -> {
            EventPage page = store.events().search(query);
            Map<String, String> sides = store.events().sourceSides(page.events().stream().map(Event::id).toList());
            return new EventList(page.total(), query.page(), query.size(),
                    page.events().stream().map(e -> EventJson.summary(e, sides.get(e.id()))).toList());
        }));
    }

    /** Forgets the remembered pages, after a write. */
    void invalidate() {
        pages.invalidate();
    }

    void detail(Context ctx) {
        String id = ctx.pathParam("id");
        Event event = store.events().findById(id).orElseThrow(() -> ApiException.notFound("event '" + id + "'"));
        MergedEvent merged = store.events().findMergedContaining(id)
                .orElseGet(() -> new MergedEvent(id, List.of(event), List.of()));
        List<EventJson.Report> reports = merged.reports().stream()
                .map(r -> EventJson.report(r, titles.titleOf(r.documentId())))
                .toList();
        List<DisagreementJson> disagreements = merged.disagreements().stream()
                .map(EventsHandler::disagreement)
                .toList();
        String side = store.events().sourceSides(List.of(id)).get(id);
        ctx.json(new EventDetail(EventJson.summary(event, side), merged.id(), reports, disagreements));
    }

    private static DisagreementJson disagreement(Disagreement d) {
        return new DisagreementJson(d.field(), new LinkedHashMap<>(d.valueByDocument()));
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
