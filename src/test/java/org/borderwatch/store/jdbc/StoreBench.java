package org.borderwatch.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;

/**
 * Prints how long search and stats take over many synthetic events (run by bench/store-search.sh;
 * not a test: timings depend on the machine).
 */
public final class StoreBench {
    private static final String[] ACTORS = {"Military Forces of A", "Military Forces of B", "Civilians (A)",
        "Protesters (B)", "Government of A", "Government of B", "Police Forces of A", "Rebels of C"};
    private static final String[] ADMIN1 = {"North", "South", "East", "West", "Centre", "Coast", "Hills", "Lakes"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // a second argument: a jdbc: URL of an empty database to fill (e.g. PostgreSQL), or a folder that
        // keeps the H2 store afterwards, to look at query plans
        boolean jdbc = args.length > 1 && args[1].startsWith("jdbc:");
        boolean keep = args.length > 1;
        Path dir = keep && !jdbc ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("bw-bench");
        // H2 would answer a repeated identical query from its last result; measure real work instead
        String url = jdbc ? args[1] : "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + JdbcStore.H2_SETTINGS
                + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        try (Store store = JdbcStore.open(url)) {
            long t0 = System.nanoTime();
            fill(store, n);
            System.out.printf("stored %d events in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            EventQuery all = EventQuery.all().withPage(1, 50);
            EventQuery filtered = new EventQuery(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), "Battles", null,
                    null, null, "north", null, null, null, null, null, EventQuery.Sort.DATE_DESC, 3, 50);
            EventQuery actor = new EventQuery(null, null, null, null, "forces of b", null, null, null, null, null, null,
                    null, EventQuery.Sort.FATALITIES_DESC, 1, 50);
            EventQuery text = new EventQuery(null, null, null, null, null, null, null, null, "village 77", null, null,
                    null, EventQuery.Sort.DATE_ASC, 1, 50);
            EventQuery bbox = new EventQuery(null, null, null, null, null, null, null, new double[] {44, 39, 45, 40},
                    null, null, null, null, EventQuery.Sort.DATE_ASC, 1, 50);
            time("search, no filter, page of 50", () -> store.events().search(all).total());
            time("search, date+type+admin1, page 3", () -> store.events().search(filtered).total());
            time("search, actor substring, by fatalities", () -> store.events().search(actor).total());
            time("search, text words", () -> store.events().search(text).total());
            time("search, bbox", () -> store.events().search(bbox).total());
            time("stats, no filter", () -> store.events().stats(all).events());
            time("stats, date+type+admin1", () -> store.events().stats(filtered).events());
            time("stats, actor substring", () -> store.events().stats(actor).events());
        } finally {
            if (!keep) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void fill(Store store, int n) {
        Random random = new Random(42);
        SubEventType[] types = SubEventType.values();
        int perDocument = 1000;
        for (int d = 0; d * perDocument < n; d++) {
            String docId = "bench-doc-" + d;
            store.documents().save(StoreSamples.document(docId));
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < perDocument && d * perDocument + i < n; i++) {
                int k = d * perDocument + i;
                events.add(StoreSamples.event("ev-" + k, docId, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)),
                        types[random.nextInt(types.length)], ACTORS[random.nextInt(ACTORS.length)],
                        ACTORS[random.nextInt(ACTORS.length)],
                        StoreSamples.place("Village " + random.nextInt(500), random.nextBoolean() ? "A" : "B",
                                ADMIN1[random.nextInt(ADMIN1.length)], 38 + random.nextDouble() * 4, 43 + random.nextDouble() * 5),
                        random.nextInt(4) == 0 ? null : random.nextInt(20), "Synthetic report number " + k));
            }
            store.events().replaceForDocument(docId, events, "bench");
        }
    }

    private static void time(String what, Supplier<Long> work) {
        for (int i = 0; i < 3; i++) {
            work.get(); // warm up
        }
        int runs = 10;
        long result = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            result = work.get();
        }
        System.out.printf("%-42s %7.1f ms  (%d matching)%n", what, (System.nanoTime() - t0) / 1e6 / runs, result);
    }
}
