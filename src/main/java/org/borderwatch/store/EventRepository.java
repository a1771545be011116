package org.borderwatch.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.Stance;

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

    /**
     * Replaces all cross-document groupings (they are recomputed over all reports after each extraction).
     *
     * @param basedOn the {@link #eventsVersion()} read before the reports the groupings were computed from;
     *                groupings computed from an older state than the stored ones are not stored
     */
    void replaceMerged(List<MergedEvent> merged, long basedOn);

    /** Replaces all cross-document groupings, computed from the reports stored now (while nothing else writes). */
    default void replaceMerged(List<MergedEvent> merged) {
        replaceMerged(merged, eventsVersion());
    }

    /** A number that grows with every change of the stored reports. */
    long eventsVersion();

    /**
     * Whether reports changed since the stored groupings were computed: a run was cut off between storing
     * a document's events and recomputing the groupings, which the next run must then do.
     */
    boolean mergesStale();

    /**
     * Records whose word each event rests on, in one transaction: every event in {@code sideByEventId} rests on
     * the word of that party alone, every other event on no one party's (see {@link EventQuery#oneSided()}).
     * Ids of no stored event are ignored.
     */
    void markSourceSides(Map<String, String> sideByEventId);

    /** The party whose word alone each of these events rests on; events that rest on no one party's are absent. */
    Map<String, String> sourceSides(Collection<String> eventIds);

    /** The merged event a report belongs to, with all its reports. */
    Optional<MergedEvent> findMergedContaining(String eventId);

    List<MergedEvent> findAllMerged();

    long count();

    /**
     * The events with coordinates that the query matches (its box applied; sort and page ignored), at
     * most {@code limit} of them in date order, read as light map rows rather than whole events.
     */
    List<EventPoint> points(EventQuery query, int limit);

    /**
     * The events with coordinates that the query matches (its box applied), counted per event type in
     * the cells of a square grid of {@code cellDegrees}: a map's clusters, computed where the events are.
     */
    List<MapCell> mapCells(EventQuery query, double cellDegrees);

    /** How many events the query matches (its box applied), and how many of them have coordinates. */
    MappedCount mappedCount(EventQuery query);

    /**
     * Every event the query matches, in its sort order, from its page on (page size = the query's size),
     * fetched lazily a page at a time.
     */
    default Iterator<Event> iterate(EventQuery query) {
        return new PagedEvents(this, query);
    }

    /**
     * The events with these ids, in the order of the ids; ids of no stored event are skipped.
     * (This default reads them one by one; the JDBC store reads them in one query.)
     */
    default List<Event> findByIds(List<String> ids) {
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    /**
     * The filterable flat fields of every event, in the order of {@link EventQuery.Sort#DATE_ASC} (which
     * breaks ties by document and position in it): what an in-memory index is built from. This default
     * walks the whole events; the JDBC store reads only its flat columns.
     */
    default Iterator<FilterRow> filterRows() {
        Iterator<Event> events = iterate(EventQuery.all());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public FilterRow next() {
                return FilterRow.of(events.next());
            }
        };
    }

    /**
     * The claims ledger of the events a query matches: per claimant and stance, on how many events, most
     * first. (This default walks the events; the JDBC store counts in SQL.)
     */
    default List<ClaimantCount> claimantCounts(EventQuery query) {
        Map<String, Map<Stance, Set<String>>> seen = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        Iterator<Event> events = iterate(query.withPage(1, EventQuery.MAX_PAGE_SIZE));
        while (events.hasNext()) {
            Event e = events.next();
            for (Claim c : e.claims()) {
                seen.computeIfAbsent(c.claimant(), k -> new EnumMap<>(Stance.class))
                        .computeIfAbsent(c.stance(), k -> new HashSet<>()).add(e.id());
            }
        }
        List<ClaimantCount> out = new ArrayList<>();
        seen.forEach((claimant, byStance) -> byStance.forEach((stance, ids) ->
                out.add(new ClaimantCount(claimant, stance, ids.size()))));
        out.sort(Comparator.comparingLong(ClaimantCount::events).reversed());
        return out;
    }
}
