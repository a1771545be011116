package org.borderwatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark client, run as its own JVM: sends filtered requests to the benchmark server on loopback,
 * a bounded number per endpoint within a time budget, and prints p50/p99 latency per endpoint.
 * Usage: ApiBenchClient PORT [REQUESTS_PER_ENDPOINT] [SECONDS_PER_ENDPOINT]
 */
public final class ApiBenchClient {
    private static final List<String> FILTERS = List.of(
            "", "type=Battles", "from=2022-01-01&to=2022-06-30", "country=Country%20A&sort=-date",
            "contested=true&sort=-fatalities", "cross_border=true", "admin1=Province%20C2",
            "bbox=45,39.5,46.5,40.5&type=Explosions/Remote%20violence", "actor=Country%20B&from=2023-01-01",
            "q=shelling&page=3", "sub_type=Armed%20clash&from=2021-06-01&to=2021-12-31&page=2");

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ApiBenchClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + Integer.parseInt(args[0]);
        int perEndpoint = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long budgetNanos = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60).toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/events (page of 50)", FILTERS.stream().map(f -> "/api/events?size=50&" + f).toList());
        endpoints.put("/api/stats", FILTERS.stream().map(f -> "/api/stats?" + f.replaceAll("&?(sort|page)=[^&]*", "")).toList());
        endpoints.put("/api/clusters (zoom 8)", FILTERS.stream()
                .map(f -> "/api/clusters?zoom=8&bbox=43.5,38.5,48.5,41.5&" + f.replaceAll("&?(sort|page)=[^&]*", "")
                        .replaceAll("&?bbox=[^&]*", "")).toList());

        for (String path : List.of("/api/events?size=1", "/api/stats")) {
            for (int i = 0; i < 10; i++) {
                send(http, base + path); // warm-up: JIT and connection
            }
        }
        System.out.printf("%-28s %8s %8s %8s %8s%n", "endpoint", "requests", "p50 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
            List<Double> millis = new ArrayList<>();
            List<Double> cold = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            int timeouts = 0;
            Map<String, Double> slowest = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (int i = 0; i < perEndpoint && System.nanoTime() - start < budgetNanos; i++) {
                String url = base + endpoint.getValue().get(i % endpoint.getValue().size());
                long t = System.nanoTime();
                int status;
                try {
                    status = send(http, url);
                } catch (java.net.http.HttpTimeoutException e) {
                    timeouts++;
                    continue;
                }
                double ms = (System.nanoTime() - t) / 1e6;
                millis.add(ms);
                if (seen.add(url)) {
                    cold.add(ms);
                }
                slowest.merge(url.substring(base.length()), ms, Math::max);
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status + " for " + url);
                }
            }
            if (timeouts > 0) {
                System.out.printf("%-28s %d request(s) took over %d s and were abandoned%n", endpoint.getKey(), timeouts,
                        TIMEOUT.toSeconds());
            }
            if (millis.isEmpty()) {
                continue;
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-28s %8d %8.1f %8.1f %8.1f%n", endpoint.getKey(), sorted.length,
                    percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
            double[] coldSorted = cold.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] warm = millis.size() > cold.size() ? sortedWithout(millis, cold) : new double[0];
            System.out.printf("    first request per filter: %d, p50 %.1f ms, max %.1f ms; repeats: %d, p50 %.1f ms, p99 %.1f ms%n",
                    coldSorted.length, percentile(coldSorted, 50), coldSorted[coldSorted.length - 1], warm.length,
                    warm.length == 0 ? Double.NaN : percentile(warm, 50), warm.length == 0 ? Double.NaN : percentile(warm, 99));
            slowest.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                    .forEach(e -> System.out.printf("    slowest: %7.1f ms  %s%n", e.getValue(), e.getKey()));
        }
    }

    private static int send(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    /** All latencies with one occurrence of each cold one taken out, sorted. */
    private static double[] sortedWithout(List<Double> all, List<Double> cold) {
        List<Double> rest = new ArrayList<>(all);
        for (Double c : cold) {
            rest.remove(c);
        }
        return rest.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
