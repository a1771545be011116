package org.borderwatch.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
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
        // H2 would answer a repeated identical statement from its cached last result; without its statement
        // cache every run parses and executes afresh, as different queries from users would
        String url = jdbc ? args[1] : "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + JdbcStore.H2_SETTINGS
                + ";QUERY_CACHE_SIZE=0";
        try (Store store = JdbcStore.open(url)) {
            if (store.events().count() == 0) {
                long t0 = System.nanoTime();
                fill(store, n);
                System.out.printf("stored %d events in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            } else {
                // a kept store from an earlier run: time its events again
                System.out.printf("store holds %d events already%n", store.events().count());
            }
            EventQuery all = EventQuery.all().withPage(1, 50);
            Map<String, EventQuery> filters = new LinkedHashMap<>();
            filters.put("no filter", all);
            filters.put("date range", q(b -> b.from = LocalDate.of(2022, 1, 1), b -> b.to = LocalDate.of(2022, 6, 30)));
            filters.put("type", q(b -> b.type = "Battles"));
            filters.put("sub-type", q(b -> b.subType = "Armed clash"));
            filters.put("actor substring", q(b -> b.actor = "forces of b", b -> b.sort = EventQuery.Sort.FATALITIES_DESC));
            filters.put("actor, whole name", q(b -> b.actor = "Rebels of C"));
            filters.put("country", q(b -> b.country = "b"));
            filters.put("admin1", q(b -> b.admin1 = "north"));
            filters.put("bbox", q(b -> b.bbox = new double[] {44, 39, 45, 40}));
            filters.put("text, two words", q(b -> b.text = "village 77"));
            filters.put("text, rare word", q(b -> b.text = "4242"));
            filters.put("text, common word", q(b -> b.text = "synthetic", b -> b.sort = EventQuery.Sort.DATE_DESC));
            filters.put("document", q(b -> b.documentId = "bench-doc-7"));
            filters.put("contested", q(b -> b.contested = true));
            filters.put("cross-border", q(b -> b.crossBorder = false));
            filters.put("date+type+admin1, page 3", new EventQuery(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30),
                    "Battles", null, null, null, "north", null, null, null, null, null, EventQuery.Sort.DATE_DESC, 3, 50));
            filters.put("actor+text+date", q(b -> b.actor = "rebels", b -> b.text = "village 1",
                    b -> b.from = LocalDate.of(2021, 1, 1)));
            System.out.printf("%-28s %22s %22s%n", "filter (page of 50)", "search mean/p99 ms", "stats mean/p99 ms");
            // a third argument times only the filters whose names contain it
            String only = args.length > 2 ? args[2] : "";
            for (Map.Entry<String, EventQuery> f : filters.entrySet()) {
                if (!f.getKey().contains(only)) {
                    continue;
                }
                EventQuery query = f.getValue();
                String search = time(() -> store.events().search(query).total());
                String stats = time(() -> store.events().stats(query).events());
                System.out.printf("%-28s %22s %22s%n", f.getKey(), search, stats);
            }
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

    /** Mutable fields to build a query from: only the named ones are set. */
    private static final class Q {
        LocalDate from;
        LocalDate to;
        String type;
        String subType;
        String actor;
        String country;
        String admin1;
        double[] bbox;
        String text;
        String documentId;
        Boolean contested;
        Boolean crossBorder;
        EventQuery.Sort sort = EventQuery.Sort.DATE_ASC;
    }

    @SafeVarargs
    private static EventQuery q(Consumer<Q>... setters) {
        Q b = new Q();
        for (Consumer<Q> s : setters) {
            s.accept(b);
        }
        return new EventQuery(b.from, b.to, b.type, b.subType, b.actor, b.country, b.admin1, b.bbox, b.text,
                b.documentId, b.contested, b.crossBorder, b.sort, 1, 50);
    }

    /** "mean / p99 (matching)" over 20 runs after a warm-up (so the p99 is the slowest run). */
    private static String time(Supplier<Long> work) {
        for (int i = 0; i < 3; i++) {
            work.get(); // warm up
        }
        int runs = 20;
        long[] nanos = new long[runs];
        long result = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p99 = nanos[(int) Math.ceil(0.99 * runs) - 1] / 1e6;
        return String.format("%6.1f /%6.1f (%d)", mean, p99, result);
    }
}
