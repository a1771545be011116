package org.borderwatch.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.EventStats;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.Store;

/** A store in memory for API tests: filters like the ports describe, and remembers the last query it was given. */
public final class InMemoryStore implements Store {
    private final Map<String, Document> documents = new ConcurrentSkipListMap<>();
    private final Map<String, Event> events = new ConcurrentSkipListMap<>();
    private final List<MergedEvent> merged = new CopyOnWriteArrayList<>();
    public volatile EventQuery lastQuery;

    private final Docs docs = new Docs();
    private final Events evs = new Events();

    @Override public DocumentRepository documents() { return docs; }
    @Override public EventRepository events() { return evs; }
    @Override public GazetteerRepository gazetteer() { return new GazetteerRepository() { }; }
    @Override public void close() { }

    private final class Docs implements DocumentRepository {
        @Override
        public SaveOutcome save(Document document) {
            return documents.putIfAbsent(document.id(), document) == null ? SaveOutcome.NEW : SaveOutcome.DUPLICATE;
        }

        @Override public Optional<Document> findById(String id) { return Optional.ofNullable(documents.get(id)); }
        @Override public Optional<Document> find(String idOrFileName) { return findById(idOrFileName); }

        @Override
        public List<DocumentSummary> list() {
            return documents.values().stream().map(d -> new DocumentSummary(d.id(), d.fileName(), d.sourceUrl(), d.title(),
                    d.publisher(), d.published(), d.wordCount(), d.version(),
                    events.values().stream().anyMatch(e -> d.id().equals(e.documentId())))).toList();
        }

        @Override public List<Document> findNotExtracted(String extractorVersion) { return List.of(); }
        @Override public int count() { return documents.size(); }

    }

    private final class Events implements EventRepository {
        @Override
        public void replaceForDocument(String documentId, List<Event> reports, String extractorVersion) {
            events.values().removeIf(e -> documentId.equals(e.documentId()));
            reports.forEach(e -> events.put(e.id(), e));
        }

        @Override
        public Optional<Event> findById(String id) { return Optional.ofNullable(events.get(id)); }

        @Override
        public List<Event> findByDocument(String documentId) {
            return events.values().stream().filter(e -> documentId.equals(e.documentId())).toList();
        }

        @Override
        public EventPage search(EventQuery query) {
            lastQuery = query;
            List<Event> matching = matching(query);
            Comparator<Event> order = switch (query.sort()) {
                case DATE_ASC -> Comparator.comparing((Event e) -> e.date().start());
                case DATE_DESC -> Comparator.comparing((Event e) -> e.date().start()).reversed();
                case FATALITIES_DESC -> Comparator.comparing((Event e) -> e.fatalities().low() == null ? -1 : e.fatalities().low()).reversed();
            };
            matching.sort(order.thenComparing(Event::id));
            int from = Math.min(matching.size(), (query.page() - 1) * query.size());
            int to = Math.min(matching.size(), from + query.size());
            return new EventPage(matching.size(), matching.subList(from, to));
        }

        @Override
        public EventStats stats(EventQuery query) {
            lastQuery = query;
            List<Event> matching = matching(query);
            long deaths = matching.stream().mapToLong(InMemoryStore::deaths).sum();
            return new EventStats(matching.size(), deaths,
                    buckets(matching, e -> e.date().start().toString().substring(0, 7)),
                    buckets(matching, e -> e.eventType().label()),
                    buckets(matching, e -> e.primaryLocation() == null ? null : e.primaryLocation().admin1()),
                    buckets(matching, Event::actor1));
        }

        @Override public void replaceMerged(List<MergedEvent> all) { merged.clear(); merged.addAll(all); }

        @Override
        public Optional<MergedEvent> findMergedContaining(String eventId) {
            return merged.stream().filter(m -> m.reports().stream().anyMatch(r -> r.id().equals(eventId))).findFirst();
        }

        @Override public List<MergedEvent> findAllMerged() { return List.copyOf(merged); }
        @Override public long count() { return events.size(); }

    }

    private List<Event> matching(EventQuery q) {
        List<Predicate<Event>> tests = new ArrayList<>();
        if (q.from() != null) tests.add(e -> !e.date().lastDay().isBefore(q.from()));
        if (q.to() != null) tests.add(e -> !e.date().start().isAfter(q.to()));
        if (q.type() != null) tests.add(e -> e.eventType().label().equals(q.type()));
        if (q.subType() != null) tests.add(e -> e.subEventType().label().equals(q.subType()));
        if (q.actor() != null) tests.add(e -> q.actor().equalsIgnoreCase(e.actor1()) || q.actor().equalsIgnoreCase(e.actor2()));
        if (q.country() != null) tests.add(e -> loc(e, Location::country, q.country()));
        if (q.admin1() != null) tests.add(e -> loc(e, Location::admin1, q.admin1()));
        if (q.documentId() != null) tests.add(e -> q.documentId().equals(e.documentId()));
        if (q.contested() != null) tests.add(e -> ClaimsSummary.of(e.claims()).contested() == q.contested());
        if (q.crossBorder() != null) tests.add(e -> (e.border() != null && e.border().crossBorder()) == q.crossBorder());
        if (q.text() != null) {
            String word = q.text().toLowerCase(Locale.ROOT);
            tests.add(e -> (e.notes() + " " + e.actor1() + " " + e.actor2() + " " + e.locations()).toLowerCase(Locale.ROOT).contains(word));
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            tests.add(e -> e.primaryLocation() != null && e.primaryLocation().point() != null
                    && e.primaryLocation().point().longitude() >= b[0] && e.primaryLocation().point().latitude() >= b[1]
                    && e.primaryLocation().point().longitude() <= b[2] && e.primaryLocation().point().latitude() <= b[3]);
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events.values()) {
            if (tests.stream().allMatch(t -> t.test(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean loc(Event e, Function<Location, String> field, String wanted) {
        return e.primaryLocation() != null && wanted.equalsIgnoreCase(field.apply(e.primaryLocation()));
    }

    private static long deaths(Event e) {
        return e.fatalities().low() == null ? 0 : e.fatalities().low();
    }

    private static List<EventStats.Bucket> buckets(List<Event> events, Function<Event, String> key) {
        Map<String, long[]> groups = new TreeMap<>();
        for (Event e : events) {
            String k = key.apply(e);
            if (k != null) {
                long[] g = groups.computeIfAbsent(k, x -> new long[2]);
                g[0]++;
                g[1] += deaths(e);
            }
        }
        return groups.entrySet().stream().map(en -> new EventStats.Bucket(en.getKey(), en.getValue()[0], en.getValue()[1])).toList();
    }
}
