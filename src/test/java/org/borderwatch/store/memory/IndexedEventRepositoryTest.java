package org.borderwatch.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.EventStats;
import org.borderwatch.store.FilterRow;
import org.borderwatch.store.MapCell;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.store.jdbc.StoreSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory index answers every query exactly as the JDBC store it wraps: same totals, same event ids
 * in the same order on every page, same statistics and map reads, for each filter alone and combined.
 */
class IndexedEventRepositoryTest {
    private static final String[] ACTORS = {"Military Forces of Northland", "Military Forces of Southland",
        "Police Forces of Northland", "Civilians (Southland)", "Protesters (Northland)", "Unidentified Armed Group"};
    private static final String[] PLACES = {"Lakeside", "Hill Fort", "Old Mill", "Riverbend", "Stone Bridge"};
    private static final String[] PROVINCES = {"Upper Valley", "Coast", "Highlands", null};
    private static final String[] COUNTRIES = {"Northland", "Southland", null};
    private static final String[] WORDS = {"shelling", "drone", "Drones", "mortar,", "village", "ceasefire",
        "wounded", "killed", "42", "ÉCOLE"};

    @TempDir
    Path dir;
    Store store;
    EventRepository jdbc;
    IndexedEventRepository indexed;

    @BeforeEach
    void fill() {
        store = JdbcStore.open(dir.resolve("db").toString());
        Random random = new Random(11);
        // documents written out of id order, so date ties are broken by document and position as in SQL
        for (String doc : List.of("doc-c", "doc-a", "doc-b", "doc-d")) {
            store.documents().save(StoreSamples.document(doc));
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                events.add(randomEvent(random, doc + "-" + i, doc));
            }
            store.events().replaceForDocument(doc, events, "t1");
        }
        jdbc = store.events();
        // about a third of the events rest on one party's word
        Map<String, String> sides = new HashMap<>();
        jdbc.iterate(EventQuery.all()).forEachRemaining(e -> {
            int pick = random.nextInt(6);
            if (pick < 2) {
                sides.put(e.id(), pick == 0 ? "Northland" : "Southland");
            }
        });
        jdbc.markSourceSides(sides);
        indexed = new IndexedEventRepository(jdbc);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Event randomEvent(Random r, String id, String doc) {
        String actor1 = r.nextInt(10) == 0 ? null : pick(r, ACTORS);
        String actor2 = r.nextInt(3) == 0 ? null : pick(r, ACTORS);
        List<String> assoc2 = r.nextInt(4) == 0 ? List.of("Volunteers of " + pick(r, PLACES)) : List.of();
        List<Location> places = switch (r.nextInt(6)) {
            case 0 -> List.of();
            case 1 -> List.of(Location.named(pick(r, PLACES)));
            default -> List.of(StoreSamples.place(pick(r, PLACES), pick(r, COUNTRIES), pick(r, PROVINCES),
                    39 + r.nextDouble() * 3, 44 + r.nextDouble() * 3));
        };
        LocalDate start = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(40) * 15L);
        DateSpan date = r.nextInt(5) == 0 ? new DateSpan(start, start.plusDays(r.nextInt(20)), DatePrecision.DAY)
                : DateSpan.day(start);
        Fatalities dead = r.nextInt(3) == 0 ? Fatalities.UNKNOWN : Fatalities.exactly(r.nextInt(4) * r.nextInt(4));
        String notes = r.nextInt(5) == 0 ? null : pick(r, WORDS) + " " + pick(r, WORDS) + " near village " + r.nextInt(60);
        List<Evidence> evidence = r.nextBoolean()
                ? List.of(new Evidence(doc, new Span(0, 5), new Span(0, 5), pick(r, WORDS))) : List.of();
        List<Claim> claims = switch (r.nextInt(4)) {
            case 0 -> List.of(new Claim("Ministry of " + pick(r, PLACES), Stance.DENIES, null));
            case 1 -> List.of(new Claim("Ministry of " + pick(r, PLACES), Stance.ASSERTS, null));
            default -> List.of();
        };
        BorderPosition border = r.nextInt(3) == 0 ? null
                : new BorderPosition(pick(r, COUNTRIES), r.nextDouble() * 10, r.nextBoolean() ? 2.0 : null, null);
        SubEventType[] kinds = SubEventType.values();
        return new Event(id, doc, date, kinds[r.nextInt(Math.min(kinds.length, 9))], actor1, List.of(), actor2,
                assoc2, places, dead, null, List.of(), notes, evidence, claims, border);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static EventQuery q() {
        return EventQuery.all().withPage(1, 25);
    }

    private static EventQuery with(EventQuery b, LocalDate from, LocalDate to, String type, String subType,
                                   String actor, String country, String admin1, double[] bbox, String text,
                                   String doc, Boolean contested, Boolean crossBorder) {
        return new EventQuery(from != null ? from : b.from(), to != null ? to : b.to(), type != null ? type : b.type(),
                subType != null ? subType : b.subType(), actor != null ? actor : b.actor(),
                country != null ? country : b.country(), admin1 != null ? admin1 : b.admin1(),
                bbox != null ? bbox : b.bbox(), text != null ? text : b.text(), doc != null ? doc : b.documentId(),
                contested != null ? contested : b.contested(), crossBorder != null ? crossBorder : b.crossBorder(),
                b.sort(), b.page(), b.size());
    }

    private static List<EventQuery> filters() {
        EventQuery b = q();
        LocalDate may = LocalDate.of(2021, 5, 1);
        LocalDate march22 = LocalDate.of(2022, 3, 1);
        double[] box = {44.5, 39.5, 46.0, 41.0};
        List<EventQuery> out = new ArrayList<>(List.of(
                b,
                with(b, may, null, null, null, null, null, null, null, null, null, null, null),
                with(b, null, march22, null, null, null, null, null, null, null, null, null, null),
                with(b, may, march22, null, null, null, null, null, null, null, null, null, null),
                with(b, null, null, "Battles", null, null, null, null, null, null, null, null, null),
                with(b, null, null, "Protests", null, null, null, null, null, null, null, null, null),
                with(b, null, null, null, SubEventType.values()[0].label(), null, null, null, null, null, null, null, null),
                with(b, null, null, null, null, "forces of", null, null, null, null, null, null, null),
                with(b, null, null, null, null, "  VOLUNTEERS of ", null, null, null, null, null, null, null),
                with(b, null, null, null, null, "nobody at all", null, null, null, null, null, null, null),
                with(b, null, null, null, null, null, "northland", null, null, null, null, null, null),
                with(b, null, null, null, null, null, "SOUTHLAND", null, null, null, null, null, null),
                with(b, null, null, null, null, null, "Atlantis", null, null, null, null, null, null),
                with(b, null, null, null, null, null, null, "upper valley", null, null, null, null, null),
                with(b, null, null, null, null, null, null, "Nowhere", null, null, null, null, null),
                with(b, null, null, null, null, null, null, null, box, null, null, null, null),
                with(b, null, null, null, null, null, null, null, new double[] {46.5, 39, 44.5, 42}, null, null, null, null),
                with(b, null, null, null, null, null, null, null, null, "village", null, null, null),
                with(b, null, null, null, null, null, null, null, null, "DRONE village 4", null, null, null),
                with(b, null, null, null, null, null, null, null, null, "école ministry", null, null, null),
                with(b, null, null, null, null, null, null, null, null, "absent-word", null, null, null),
                with(b, null, null, null, null, null, null, null, null, null, "doc-b", null, null),
                with(b, null, null, null, null, null, null, null, null, null, "doc-z", null, null),
                with(b, null, null, null, null, null, null, null, null, null, null, true, null),
                with(b, null, null, null, null, null, null, null, null, null, null, false, null),
                with(b, null, null, null, null, null, null, null, null, null, null, null, true),
                with(b, null, null, null, null, null, null, null, null, null, null, null, false),
                with(b, may, null, "Battles", null, "forces", "northland", null, null, null, null, null, null),
                with(b, null, march22, null, null, null, null, "coast", box, "killed", null, true, null),
                with(b, may, march22, null, null, "military", null, null, null, null, "doc-a", null, true),
                b.withOneSided(true),
                b.withOneSided(false),
                with(b, may, null, "Battles", null, null, null, null, null, null, null, true, null).withOneSided(true),
                with(b, null, null, null, null, null, null, null, null, "village", "doc-c", null, null).withOneSided(false)));
        return out;
    }

    @Test
    void everyFilterSortAndPageGivesTheSameEventsAsTheJdbcStore() {
        int nonEmpty = 0;
        for (EventQuery filter : filters()) {
            for (EventQuery.Sort sort : EventQuery.Sort.values()) {
                for (int page : new int[] {1, 2, 7}) {
                    EventQuery query = new EventQuery(filter.from(), filter.to(), filter.type(), filter.subType(),
                            filter.actor(), filter.country(), filter.admin1(), filter.bbox(), filter.text(),
                            filter.documentId(), filter.contested(), filter.crossBorder(), filter.oneSided(), sort, page,
                            filter.size());
                    EventPage want = jdbc.search(query);
                    EventPage got = indexed.search(query);
                    String what = describe(query);
                    assertThat(got.total()).as(what + ": total").isEqualTo(want.total());
                    assertThat(ids(got)).as(what + ": ids").containsExactlyElementsOf(ids(want));
                    nonEmpty += want.events().isEmpty() ? 0 : 1;
                }
            }
        }
        // the filters are not vacuous: most of them find events
        assertThat(nonEmpty).isGreaterThan(filters().size() * 3);
    }

    @Test
    void statisticsAreTheSameAsTheJdbcStore() {
        for (EventQuery filter : filters()) {
            assertThat(indexed.stats(filter)).as(describe(filter)).isEqualTo(jdbc.stats(filter));
        }
        assertThat(indexed.stats(q()).events()).isEqualTo(360);
    }

    @Test
    void mapReadsAreTheSameAsTheJdbcStore() {
        for (EventQuery filter : filters()) {
            String what = describe(filter);
            assertThat(indexed.mappedCount(filter)).as(what).isEqualTo(jdbc.mappedCount(filter));
            assertThat(indexed.points(filter, 40)).as(what).isEqualTo(jdbc.points(filter, 40));
            List<MapCell> want = sorted(jdbc.mapCells(filter, 0.5));
            List<MapCell> got = sorted(indexed.mapCells(filter, 0.5));
            assertThat(got).as(what).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                MapCell w = want.get(i);
                MapCell g = got.get(i);
                assertThat(List.of(g.x(), g.y(), g.eventType(), g.events(), g.fatalities()))
                        .as(what).isEqualTo(List.of(w.x(), w.y(), w.eventType(), w.events(), w.fatalities()));
                assertThat(g.latSum()).isCloseTo(w.latSum(), within(1e-9));
                assertThat(g.lonSum()).isCloseTo(w.lonSum(), within(1e-9));
            }
        }
    }

    @Test
    void theDefaultFilterRowsReadTheSameFieldsAsTheJdbcStore() {
        jdbc.markSourceSides(Map.of()); // whose word an event rests on is not in the event itself
        List<FilterRow> fast = new ArrayList<>();
        jdbc.filterRows().forEachRemaining(fast::add);
        List<FilterRow> walked = new ArrayList<>();
        jdbc.iterate(EventQuery.all()).forEachRemaining(e -> walked.add(FilterRow.of(e)));
        assertThat(fast).hasSize(360).containsExactlyElementsOf(walked);
    }

    @Test
    void aWriteThroughTheIndexIsSeenByTheNextRead() {
        EventQuery docA = with(q(), null, null, null, null, null, null, null, null, null, "doc-a", null, null);
        assertThat(indexed.search(docA).total()).isEqualTo(90);
        indexed.replaceForDocument("doc-a", List.of(randomEvent(new Random(1), "doc-a-new", "doc-a")), "t2");
        assertThat(ids(indexed.search(docA))).containsExactly("doc-a-new");
        assertThat(indexed.stats(q()).events()).isEqualTo(271);
    }

    @Test
    void markingWhoseWordEventsRestOnThroughTheIndexIsSeenByTheNextRead() {
        EventQuery oneSided = q().withOneSided(true);
        long before = indexed.search(oneSided).total();
        assertThat(before).isPositive();
        indexed.markSourceSides(Map.of("doc-a-1", "Northland"));
        assertThat(ids(indexed.search(oneSided))).containsExactly("doc-a-1");
        assertThat(indexed.stats(q()).bySourceSide()).containsExactly(
                new EventStats.Bucket("Northland", 1, indexed.findById("doc-a-1").orElseThrow().fatalities().low() == null
                        ? 0 : indexed.findById("doc-a-1").orElseThrow().fatalities().low()));
    }

    @Test
    void aWriteBehindTheIndexIsSeenWhenTheCountChanges() {
        EventQuery docB = with(q(), null, null, null, null, null, null, null, null, null, "doc-b", null, null);
        assertThat(indexed.search(docB).total()).isEqualTo(90);
        jdbc.replaceForDocument("doc-b", List.of(), "t2");
        assertThat(indexed.search(docB).total()).isZero();
    }

    private static List<MapCell> sorted(List<MapCell> cells) {
        return cells.stream().sorted(Comparator.comparingLong(MapCell::x).thenComparingLong(MapCell::y)
                .thenComparing(MapCell::eventType)).toList();
    }

    private static List<String> ids(EventPage page) {
        return page.events().stream().map(Event::id).toList();
    }

    private static String describe(EventQuery q) {
        return q + " bbox=" + (q.bbox() == null ? "-" : java.util.Arrays.toString(q.bbox()));
    }
}
