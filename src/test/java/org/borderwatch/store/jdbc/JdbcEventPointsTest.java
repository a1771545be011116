package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.store.jdbc.StoreSamples.event;
import static org.borderwatch.store.jdbc.StoreSamples.place;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.EventPoint;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.MapCell;
import org.borderwatch.store.MappedCount;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's light reads agree with the full events: same filter, same events, same numbers. */
class JdbcEventPointsTest {
    private static final EventQuery ALL = EventQuery.all();

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = JdbcStore.open(dir.resolve("db").toString());
        store.documents().save(StoreSamples.document("doc-a"));
        store.events().replaceForDocument("doc-a", List.of(
                event("e1", "doc-a", LocalDate.of(2022, 9, 13), SubEventType.SHELLING_ARTILLERY_MISSILE, "A", "B",
                        place("Jermuk", "Armenia", "Vayots Dzor", 39.84, 45.67), 49, "shelling"),
                event("e2", "doc-a", LocalDate.of(2022, 9, 12), SubEventType.ARMED_CLASH, "A", "B",
                        place("Sotk", "Armenia", "Gegharkunik", 40.20, 45.92), null, "clash"),
                event("e3", "doc-a", LocalDate.of(2022, 9, 14), SubEventType.ARMED_CLASH, "B", "A",
                        place("Near Sotk", "Armenia", "Gegharkunik", 40.21, 45.93), 3, "clash"),
                event("e4", "doc-a", LocalDate.of(2021, 5, 12), SubEventType.ARMED_CLASH, "A", "B", null, 1,
                        "somewhere on the border"),
                StoreSamples.fullEvent("e5", "doc-a")), "x1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void pointsAreTheMappedEventsInDateOrderWithTheirMapFields() {
        List<EventPoint> points = store.events().points(ALL, 100);
        assertThat(points).extracting(EventPoint::id).doesNotContain("e4").contains("e1", "e2", "e3");
        assertThat(points).extracting(EventPoint::date).isSorted();
        EventPoint jermuk = points.stream().filter(p -> p.id().equals("e1")).findFirst().orElseThrow();
        assertThat(jermuk).isEqualTo(new EventPoint("e1", 39.84, 45.67, LocalDate.of(2022, 9, 13),
                "Explosions/Remote violence", "Shelling/artillery/missile attack", "Jermuk", 49, false));
        assertThat(points.stream().filter(p -> p.id().equals("e2")).findFirst().orElseThrow().fatalities()).isZero();
        assertThat(store.events().points(ALL, 2)).hasSize(2);
    }

    @Test
    void countsAgreeWithSearchAndLeaveOutEventsWithoutCoordinates() {
        MappedCount all = store.events().mappedCount(ALL);
        assertThat(all.events()).isEqualTo(store.events().search(ALL).total()).isEqualTo(5);
        assertThat(all.unmapped()).isEqualTo(1);
        assertThat(all.mapped()).isEqualTo(store.events().points(ALL, 100).size());

        EventQuery clashes = new EventQuery(null, null, null, "Armed clash", null, null, null, null, null, null, null,
                null, EventQuery.Sort.DATE_ASC, 1, 50);
        assertThat(store.events().mappedCount(clashes).events()).isEqualTo(store.events().search(clashes).total());
    }

    @Test
    void cellsGroupByPositionAndTypeWithinTheBox() {
        List<MapCell> coarse = store.events().mapCells(ALL, 1.0);
        assertThat(coarse.stream().mapToLong(MapCell::events).sum()).isEqualTo(store.events().mappedCount(ALL).mapped());
        MapCell sotk = coarse.stream().filter(c -> c.eventType().equals("Battles") && c.events() == 2).findFirst()
                .orElseThrow();
        assertThat(sotk.latSum() / 2).isBetween(40.20, 40.21);
        assertThat(sotk.fatalities()).isEqualTo(3);
        assertThat(sotk.x()).isEqualTo((long) Math.floor((45.92 + 180) / 1.0));

        // Finer cells split the two Sotk events apart; a box around Jermuk keeps its two events, one cell per type.
        assertThat(store.events().mapCells(ALL, 0.001)).hasSizeGreaterThan(coarse.size());
        EventQuery jermuk = new EventQuery(null, null, null, null, null, null, null, new double[] {45.5, 39.7, 45.8, 39.9},
                null, null, null, null, EventQuery.Sort.DATE_ASC, 1, 50);
        List<MapCell> boxed = store.events().mapCells(jermuk, 1.0);
        assertThat(boxed).extracting(MapCell::eventType).containsExactlyInAnyOrder("Explosions/Remote violence", "Battles");
        assertThat(boxed.stream().mapToLong(MapCell::fatalities).sum()).isEqualTo(49 + 2);
        assertThat(boxed).extracting(MapCell::y).containsOnly((long) Math.floor((39.84 + 90) / 1.0));

        // A box with another filter is applied differently in SQL (see mapCells), with the same meaning.
        EventQuery jermukBattles = new EventQuery(null, null, "Battles", null, null, null, null,
                new double[] {45.5, 39.7, 45.8, 39.9}, null, null, null, null, EventQuery.Sort.DATE_ASC, 1, 50);
        assertThat(store.events().mapCells(jermukBattles, 1.0)).singleElement()
                .satisfies(c -> assertThat(c.fatalities()).isEqualTo(2));
    }
}
