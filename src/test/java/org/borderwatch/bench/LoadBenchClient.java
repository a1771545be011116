package org.borderwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load generator for bench/load, run as its own JVM on the same machine as the server: CLIENTS clients,
 * each a thread with its own connection, send what the page sends (pages of events with filters,
 * statistics, map clusters, an event's detail, the documents) one request after another, first for a
 * warm-up, then measured until SECONDS have passed or MAX_REQUESTS were sent. Only 127.0.0.1 is ever
 * addressed. Prints the throughput, latency percentiles and the answers' statuses.
 * Usage: LoadBenchClient PORT CLIENTS WARMUP_SECONDS SECONDS MAX_REQUESTS
 */
public final class LoadBenchClient {
    private static final String[] FILTERS = {
        "", "type=Battles", "from=2022-01-01&to=2022-06-30", "country=Country%20A", "contested=true",
        "cross_border=true", "admin1=Province%20C2", "actor=Country%20B&from=2023-01-01", "q=shelling",
        "sub_type=Armed%20clash&from=2021-06-01&to=2021-12-31", "bbox=45,39.5,46.5,40.5"};
    private static final String[] SORTS = {"", "&sort=-date", "&sort=-fatalities"};

    private LoadBenchClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + Integer.parseInt(args[0]); // loopback only, whatever else is given
        int clients = Integer.parseInt(args[1]);
        long warmup = Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        long seconds = Long.parseLong(args[3]);
        long maxRequests = Long.parseLong(args[4]);

        List<String> eventIds = new CopyOnWriteArrayList<>();
        JsonNode first = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/events?size=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        first.path("events").forEach(e -> eventIds.add(e.path("id").asText()));

        run(base, clients, warmup, Long.MAX_VALUE, eventIds, new ArrayList<>(), new ConcurrentHashMap<>(), new AtomicLong());
        List<long[]> latencies = new ArrayList<>();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        BY_KIND.clear();
        System.out.println("measuring from " + System.currentTimeMillis());
        long start = System.nanoTime();
        run(base, clients, Duration.ofSeconds(seconds).toNanos(), maxRequests, eventIds, latencies, statuses, sent);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.println("measured until " + System.currentTimeMillis());

        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).filter(v -> v > 0).sorted().toArray();
        System.out.printf(java.util.Locale.ROOT, "%d clients, %d requests in %.1f s: %.0f requests/s%n", clients,
                all.length, elapsed, all.length / elapsed);
        System.out.printf(java.util.Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                percentile(all, 50), percentile(all, 90), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        StringBuilder answers = new StringBuilder("answers:");
        statuses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> answers.append(' ').append(e.getValue().sum()).append(" × ").append(e.getKey()));
        System.out.println(answers);
        BY_KIND.forEach((kind, times) -> {
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(java.util.Locale.ROOT, "  %-14s %6d requests, p50 %.1f ms, p99 %.1f ms%n", kind, sorted.length,
                    percentile(sorted, 50), percentile(sorted, 99));
        });
    }

    /** Latencies by kind of request, for the breakdown. */
    private static final Map<String, java.util.Queue<Long>> BY_KIND = new java.util.concurrent.ConcurrentSkipListMap<>();

    private static String kindOf(String path) {
        return path.startsWith("/api/events/") ? "event detail" : path.replaceAll("\\?.*", "").replace("/api/", "");
    }

    private static void run(String base, int clients, long nanos, long maxRequests, List<String> eventIds,
                            List<long[]> latencies, Map<Integer, LongAdder> statuses, AtomicLong sent)
            throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[(int) Math.min(maxRequests, 2_000_000) / clients + 1];
            latencies.add(mine);
            Random random = new Random(c);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length && sent.incrementAndGet() <= maxRequests) {
                    String path = next(random, eventIds);
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long took = Math.max(1, System.nanoTime() - t0);
                    mine[n++] = took;
                    BY_KIND.computeIfAbsent(kindOf(path), k -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(took);
                    statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** One request of the mix the page makes: mostly lists, statistics and map clusters. */
    private static String next(Random r, List<String> eventIds) {
        String filter = FILTERS[r.nextInt(FILTERS.length)];
        int kind = r.nextInt(20);
        if (kind < 7) {
            return "/api/events?size=50&page=" + (1 + r.nextInt(5)) + "&" + filter + SORTS[r.nextInt(SORTS.length)];
        }
        if (kind < 12) {
            return "/api/stats?" + filter;
        }
        if (kind < 17) {
            double west = 43.5 + r.nextDouble() * 2;
            double south = 38.5 + r.nextDouble() * 1.5;
            return "/api/clusters?zoom=" + (6 + r.nextInt(5)) + "&bbox=" + String.format(java.util.Locale.ROOT,
                    "%.2f,%.2f,%.2f,%.2f", west, south, west + 2.5, south + 1.5) + (filter.startsWith("bbox") ? "" : "&" + filter);
        }
        if (kind < 19 && !eventIds.isEmpty()) {
            return "/api/events/" + eventIds.get(r.nextInt(eventIds.size()));
        }
        return "/api/documents";
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
