package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.store.jdbc.StoreSamples.event;
import static org.borderwatch.store.jdbc.StoreSamples.place;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Disagreement;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.ClaimantCount;
import org.borderwatch.store.EventPage;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventStats;
import org.borderwatch.store.Store;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcEventRepositoryTest {
    @TempDir
    Path dir;
    Store store;

    /** Where the store under test lives: an H2 file here; the Postgres subclass points it at PostgreSQL. */
    String storeLocation() {
        return dir.resolve("db").toString();
    }

    @BeforeEach
    void open() {
        store = JdbcStore.open(storeLocation());
        store.documents().save(StoreSamples.document("doc-a"));
        store.documents().save(StoreSamples.document("doc-b"));
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store was skipped
            store.close();
        }
    }

    @Test
    void eventRoundTripsWithEveryField() {
        Event full = StoreSamples.fullEvent("ev-1", "doc-a");
        store.events().replaceForDocument("doc-a", List.of(full), "x1");

        assertThat(store.events().findById("ev-1")).contains(full);
        assertThat(store.events().findByDocument("doc-a")).containsExactly(full);
        assertThat(store.events().count()).isEqualTo(1);
    }

    @Test
    void replacingAnotherDocumentsEventsLeavesThisOnesAlone() {
        store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("a-1", "doc-a")), "x1");
        store.events().replaceForDocument("doc-b", List.of(StoreSamples.fullEvent("b-1", "doc-b")), "x1");
        store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("a-2", "doc-a"),
                StoreSamples.fullEvent("a-3", "doc-a")), "x1");

        assertThat(store.events().findByDocument("doc-a")).extracting(Event::id).containsExactly("a-2", "a-3");
        assertThat(store.events().findByDocument("doc-b")).extracting(Event::id).containsExactly("b-1");
        assertThat(store.events().findById("a-1")).isEmpty();
    }

    @Test
    void eventsWithoutIdGetOneFromTheirDocument() {
        store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent(null, "doc-a")), "x1");
        assertThat(store.events().findByDocument("doc-a")).extracting(Event::id).containsExactly("doc-a-1");
    }

    @Test
    void aConstraintViolationMidwayRollsBackTheWholeReplacement() {
        store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("a-1", "doc-a")), "x1");
        store.events().replaceForDocument("doc-b", List.of(StoreSamples.fullEvent("b-1", "doc-b")), "x1");

        // the second new event reuses an id of doc-b: its insert violates the primary key
        List<Event> clashing = List.of(StoreSamples.fullEvent("a-new", "doc-a"), StoreSamples.fullEvent("b-1", "doc-a"));
        assertThatThrownBy(() -> store.events().replaceForDocument("doc-a", clashing, "x2"))
                .hasMessageContaining("doc-a");

        assertThat(store.events().findByDocument("doc-a")).extracting(Event::id).containsExactly("a-1");
        assertThat(store.events().findById("a-new")).isEmpty();
        assertThat(store.events().findByDocument("doc-b")).extracting(Event::id).containsExactly("b-1");
        assertThat(store.documents().findNotExtracted("x2")).hasSize(2);
    }

    @Test
    void aFailingSerialiserMidwayRollsBackTheWholeReplacement() {
        store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("a-1", "doc-a")), "x1");
        JdbcConnectionPool pool = separatePool();
        try {
            JdbcEventRepository failing = new JdbcEventRepository(new Database(pool), new FailOnSecondWrite());
            List<Event> events = List.of(StoreSamples.fullEvent("a-2", "doc-a"), StoreSamples.fullEvent("a-3", "doc-a"));

            assertThatThrownBy(() -> failing.replaceForDocument("doc-a", events, "x2"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("serialiser broke");
        } finally {
            pool.dispose();
        }
        assertThat(store.events().findByDocument("doc-a")).extracting(Event::id).containsExactly("a-1");
        assertThat(store.documents().findNotExtracted("x2")).extracting(d -> d.id()).contains("doc-a");
    }

    /** A second connection pool on the store under test, for a repository with a test double inside. */
    JdbcConnectionPool separatePool() {
        return JdbcConnectionPool.create(JdbcStore.h2FileUrl(storeLocation()), "sa", "");
    }

    /** Writes the first event, then fails, standing in for any error midway through a replacement. */
    private static final class FailOnSecondWrite implements EventCodec {
        private final JacksonEventCodec real = new JacksonEventCodec();
        private int writes;

        @Override
        public String write(Event event) {
            if (++writes == 2) {
                throw new IllegalStateException("serialiser broke");
            }
            return real.write(event);
        }

        @Override
        public Event read(String stored) {
            return real.read(stored);
        }

        @Override
        public String writeDisagreements(List<Disagreement> disagreements) {
            return real.writeDisagreements(disagreements);
        }

        @Override
        public List<Disagreement> readDisagreements(String stored) {
            return real.readDisagreements(stored);
        }

        @Override
        public String writeIds(List<String> ids) {
            return real.writeIds(ids);
        }

        @Override
        public List<String> readIds(String stored) {
            return real.readIds(stored);
        }
    }

    // ---- search

    private void storeFilterSample() {
        Event clash = event("e1", "doc-a", LocalDate.of(2022, 9, 13), SubEventType.ARMED_CLASH,
                "Military Forces of Azerbaijan", "Military Forces of Armenia",
                place("Jermuk", "Armenia", "Vayots Dzor", 39.84, 45.67), 50, "Heavy fighting near the spa town");
        Event shelling = event("e2", "doc-a", LocalDate.of(2022, 9, 14), SubEventType.SHELLING_ARTILLERY_MISSILE,
                "Military Forces of Azerbaijan", "Civilians (Armenia)",
                place("Goris", "Armenia", "Syunik", 39.51, 46.34), 3, "Shells hit houses");
        Event protest = event("e3", "doc-b", LocalDate.of(2021, 5, 20), SubEventType.PEACEFUL_PROTEST,
                "Protesters (Armenia)", null, place("Yerevan", "Armenia", "Yerevan", 40.18, 44.51), null,
                "Crowds gathered");
        Event talks = new Event("e4", "doc-b", new DateSpan(LocalDate.of(2021, 5, 1), null, DatePrecision.MONTH),
                SubEventType.AGREEMENT, "Government of Armenia", List.of("OSCE Minsk Group"), "Government of Azerbaijan",
                List.of(), List.of(place("Baku", "Azerbaijan", "Baku", 40.41, 49.87)), null, null, List.of(),
                "Talks held", List.of(), List.of(new Claim("Ministry of Foreign Affairs of Azerbaijan", Stance.DENIES, null)),
                new org.borderwatch.domain.BorderPosition("Azerbaijan", 150.0, 140.0, null));
        store.events().replaceForDocument("doc-a", List.of(clash, shelling), "x1");
        store.events().replaceForDocument("doc-b", List.of(protest, talks), "x1");
    }

    private List<String> ids(EventQuery q) {
        return store.events().search(q).events().stream().map(Event::id).toList();
    }

    private static EventQuery query() {
        return EventQuery.all();
    }

    private static EventQuery q(LocalDate from, LocalDate to, String type, String subType, String actor, String country,
                                String admin1, double[] bbox, String text, String documentId, Boolean contested,
                                Boolean crossBorder) {
        return new EventQuery(from, to, type, subType, actor, country, admin1, bbox, text, documentId, contested,
                crossBorder, EventQuery.Sort.DATE_ASC, 1, 100);
    }

    @Test
    void everyFilterNarrowsTheResult() {
        storeFilterSample();
        assertThat(ids(query())).containsExactly("e4", "e3", "e1", "e2");
        // a month-precision event covers its whole month: from 2021-05-15 still overlaps May
        assertThat(ids(q(LocalDate.of(2021, 5, 15), LocalDate.of(2021, 5, 31), null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("e4", "e3");
        assertThat(ids(q(LocalDate.of(2022, 9, 14), null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("e2");
        assertThat(ids(q(null, LocalDate.of(2021, 12, 31), null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("e4", "e3");
        assertThat(ids(q(null, null, "battles", null, null, null, null, null, null, null, null, null))).containsExactly("e1");
        assertThat(ids(q(null, null, "Explosions/Remote violence", null, null, null, null, null, null, null, null, null))).containsExactly("e2");
        assertThat(ids(q(null, null, null, "Peaceful protest", null, null, null, null, null, null, null, null))).containsExactly("e3");
        assertThat(ids(q(null, null, null, null, "civilians", null, null, null, null, null, null, null))).containsExactly("e2");
        assertThat(ids(q(null, null, null, null, "minsk", null, null, null, null, null, null, null))).containsExactly("e4");
        assertThat(ids(q(null, null, null, null, null, "AZERBAIJAN", null, null, null, null, null, null))).containsExactly("e4");
        assertThat(ids(q(null, null, null, null, null, null, "syunik", null, null, null, null, null))).containsExactly("e2");
        assertThat(ids(q(null, null, null, null, null, null, null, new double[] {45, 39, 47, 40}, null, null, null, null)))
                .containsExactly("e1", "e2");
        assertThat(ids(q(null, null, null, null, null, null, null, null, "SPA town", null, null, null))).containsExactly("e1");
        assertThat(ids(q(null, null, null, null, null, null, null, null, "goris houses", null, null, null))).containsExactly("e2");
        assertThat(ids(q(null, null, null, null, null, null, null, null, "50%", null, null, null))).isEmpty();
        assertThat(ids(q(null, null, null, null, null, null, null, null, null, "doc-b", null, null))).containsExactly("e4", "e3");
        assertThat(ids(q(null, null, null, null, null, null, null, null, null, null, true, null))).containsExactly("e4");
        assertThat(ids(q(null, null, null, null, null, null, null, null, null, null, false, null))).containsExactly("e3", "e1", "e2");
        assertThat(ids(q(null, null, null, null, null, null, null, null, null, null, null, true))).containsExactly("e4");
        assertThat(ids(q(null, null, "Battles", null, "azerbaijan", "armenia", null, null, null, null, null, null))).containsExactly("e1");
    }

    @Test
    void unknownTypesAreRejectedWithTheirName() {
        assertThatThrownBy(() -> store.events().search(q(null, null, "Picnics", null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Picnics");
    }

    @Test
    void sortsAndPages() {
        storeFilterSample();
        EventQuery byDeaths = new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null,
                EventQuery.Sort.FATALITIES_DESC, 1, 100);
        assertThat(ids(byDeaths)).containsExactly("e1", "e2", "e4", "e3");
        EventQuery desc = new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null,
                EventQuery.Sort.DATE_DESC, 2, 3);
        EventPage page = store.events().search(desc);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.events()).extracting(Event::id).containsExactly("e4");
        assertThat(store.events().search(desc.withPage(3, 3)).events()).isEmpty();
    }

    @Test
    void statsGroupByMonthTypeProvinceAndActor() {
        storeFilterSample();
        EventStats all = store.events().stats(query());
        assertThat(all.events()).isEqualTo(4);
        assertThat(all.fatalities()).isEqualTo(53);
        assertThat(all.byMonth()).containsExactly(new EventStats.Bucket("2021-05", 2, 0),
                new EventStats.Bucket("2022-09", 2, 53));
        // equal counts: alphabetical
        assertThat(all.byType()).containsExactly(new EventStats.Bucket("Battles", 1, 50),
                new EventStats.Bucket("Explosions/Remote violence", 1, 3), new EventStats.Bucket("Protests", 1, 0),
                new EventStats.Bucket("Strategic developments", 1, 0));
        assertThat(all.byAdmin1()).extracting(EventStats.Bucket::key).containsExactly("Baku", "Syunik", "Vayots Dzor", "Yerevan");
        assertThat(all.byActor()).containsExactly(new EventStats.Bucket("Military Forces of Azerbaijan", 2, 53),
                new EventStats.Bucket("Government of Armenia", 1, 0), new EventStats.Bucket("Protesters (Armenia)", 1, 0));

        EventStats filtered = store.events().stats(q(null, null, null, null, null, "armenia", null, null, null, null, null, null));
        assertThat(filtered.events()).isEqualTo(3);
        assertThat(filtered.byAdmin1()).extracting(EventStats.Bucket::key).doesNotContain("Baku");
    }

    @Test
    void eventsMarkedAsRestingOnOnePartysWordAreFilteredCountedAndResetByReExtraction() {
        storeFilterSample();
        store.events().markSourceSides(Map.of("e1", "Armenia", "e3", "Armenia", "e4", "Azerbaijan", "no-such-event", "X"));

        assertThat(ids(query().withOneSided(true))).containsExactly("e4", "e3", "e1");
        assertThat(ids(query().withOneSided(false))).containsExactly("e2");
        assertThat(ids(q(null, null, "Battles", null, null, null, null, null, null, null, null, null).withOneSided(true)))
                .containsExactly("e1");
        assertThat(store.events().sourceSides(List.of("e1", "e2", "e4"))).isEqualTo(Map.of("e1", "Armenia", "e4", "Azerbaijan"));
        EventStats all = store.events().stats(query());
        assertThat(all.oneSided()).isEqualTo(3);
        assertThat(all.bySourceSide()).containsExactly(new EventStats.Bucket("Armenia", 2, 50),
                new EventStats.Bucket("Azerbaijan", 1, 0));
        EventStats doc = store.events().stats(q(null, null, null, null, null, null, null, null, null, "doc-a", null, null));
        assertThat(doc.oneSided()).isEqualTo(1);
        assertThat(doc.bySourceSide()).containsExactly(new EventStats.Bucket("Armenia", 1, 50));

        // a new mark replaces the old one whole
        store.events().markSourceSides(Map.of("e2", "Azerbaijan"));
        assertThat(ids(query().withOneSided(true))).containsExactly("e2");
        // re-extracting a document forgets its marks until they are derived again
        store.events().replaceForDocument("doc-a", List.of(store.events().findById("e2").orElseThrow()), "x2");
        assertThat(ids(query().withOneSided(true))).isEmpty();
        assertThat(store.events().stats(query()).oneSided()).isZero();
    }

    @Test
    void claimsLedgerCountsEventsPerClaimantAndStance() {
        storeFilterSample();
        store.events().replaceForDocument("doc-a", List.of(StoreSamples.fullEvent("f1", "doc-a"),
                StoreSamples.fullEvent("f2", "doc-a")), "x1");

        List<ClaimantCount> all = store.events().claimantCounts(query());
        assertThat(all).containsExactly(
                new ClaimantCount("Ministry of Defence of Armenia", Stance.ASSERTS, 2),
                new ClaimantCount("Ministry of Defence of Azerbaijan", Stance.DENIES, 2),
                new ClaimantCount("Ministry of Foreign Affairs of Azerbaijan", Stance.DENIES, 1));
        assertThat(store.events().claimantCounts(q(null, null, null, null, null, null, null, null, null, "doc-b", null, null)))
                .containsExactly(new ClaimantCount("Ministry of Foreign Affairs of Azerbaijan", Stance.DENIES, 1));
    }

    @Test
    void mergedEventsAreReplacedAndFoundByAnyReport() {
        storeFilterSample();
        Event e1 = store.events().findById("e1").orElseThrow();
        Event e2 = store.events().findById("e2").orElseThrow();
        Event e3 = store.events().findById("e3").orElseThrow();
        Disagreement d = new Disagreement("fatalities", Map.of("doc-a", "50", "doc-b", "40"));
        store.events().replaceMerged(List.of(new MergedEvent("m1", List.of(e1, e3), List.of(d)),
                new MergedEvent("m2", List.of(e2), List.of())));

        assertThat(store.events().findMergedContaining("e3")).get()
                .satisfies(m -> {
                    assertThat(m.id()).isEqualTo("m1");
                    assertThat(m.reports()).containsExactly(e1, e3);
                    assertThat(m.disagreements()).containsExactly(d);
                });
        assertThat(store.events().findAllMerged()).extracting(MergedEvent::id).containsExactly("m1", "m2");

        store.events().replaceMerged(List.of(new MergedEvent("m3", List.of(e2, e1), List.of())));
        assertThat(store.events().findAllMerged()).extracting(MergedEvent::id).containsExactly("m3");
        assertThat(store.events().findMergedContaining("e3")).isEmpty();

        // a report replaced since the grouping is skipped
        store.events().replaceForDocument("doc-a", List.of(e1), "x1");
        assertThat(store.events().findAllMerged().get(0).reports()).containsExactly(e1);
    }
}
