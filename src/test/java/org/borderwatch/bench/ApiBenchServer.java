package org.borderwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.api.MapLayers;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.web.WebServer;

/**
 * Benchmark server: fills a fresh H2 store with synthetic events through the repositories, serves it
 * (unless it already holds them: a kept store) on a free loopback port without a rate limit, and writes
 * the port to a file for the client process.
 * Usage: ApiBenchServer STORE_PATH EVENT_COUNT PORT_FILE [RATE_LIMIT [MEMORY_FILE]]
 * With RATE_LIMIT the server applies the API's rate limits as `serve --rate-limit` would (0, the default: none);
 * with MEMORY_FILE it samples its own memory there twice a second (see {@link MemorySampler}).
 */
public final class ApiBenchServer {
    private static final int EVENTS_PER_DOCUMENT = 1000;
    private static final String[] SIDES = {"Military Forces of Country A", "Military Forces of Country B"};
    private static final SubEventType[] KINDS = {SubEventType.ARMED_CLASH, SubEventType.SHELLING_ARTILLERY_MISSILE,
        SubEventType.AIR_DRONE_STRIKE, SubEventType.ATTACK, SubEventType.PEACEFUL_PROTEST,
        SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.ARRESTS, SubEventType.MOB_VIOLENCE};

    private ApiBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Path storePath = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path portFile = Path.of(args[2]);
        Store store = JdbcStore.open(storePath.toString());
        long kept = store.events().count();
        if (kept == 0) {
            long t0 = System.nanoTime();
            seed(store, count);
            System.out.printf("seeded %,d events in %.1f s%n", store.events().count(), (System.nanoTime() - t0) / 1e9);
        } else if (kept == count) {
            System.out.printf("reusing the kept store's %,d events%n", kept);
        } else {
            throw new IllegalStateException("the kept store " + storePath + " holds " + kept + " events, not " + count
                    + "; delete it to reseed");
        }
        double rateLimit = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        WebServer server = new WebServer(WebServer.Settings.defaults().withToken("bench").withRateLimit(rateLimit))
                .start(store, MapLayers.NONE, 0);
        if (args.length > 4) {
            MemorySampler.start(Path.of(args[4]));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }));
        // The server starts reading the unfiltered map in the background; wait for it, and report how long it took.
        long t1 = System.nanoTime();
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                server.address().resolve("/api/clusters?zoom=8")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        System.out.printf("unfiltered map (all %,d points, clustered) ready %.1f s after start%n", count,
                (System.nanoTime() - t1) / 1e9);
        Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), Integer.toString(server.port()));
        Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile);
        System.out.println("serving " + server.address());
        Thread.currentThread().join();
    }

    /** Synthetic events in documents of 1,000, spread over a 4 x 2.6 degree area and three years. */
    public static void seed(Store store, int count) {
        Random random = new Random(42);
        String sentence = "Synthetic report sentence for benchmarking.";
        int documents = (count + EVENTS_PER_DOCUMENT - 1) / EVENTS_PER_DOCUMENT;
        for (int d = 0; d < documents; d++) {
            String text = "Benchmark document " + d + ". " + sentence;
            String hash = String.format("%064x", d + 1);
            Document doc = new Document(hash.substring(48), null, "bench-" + d + ".txt", "Benchmark document " + d,
                    "Bench", null, "en", DateSpan.day(LocalDate.of(2023, 1, 1)), hash, text, text,
                    new OffsetMap(new int[] {0}, new int[] {0}, text.length(), text.length()), 1, Instant.now());
            store.documents().save(doc);
            int at = text.indexOf(sentence);
            Evidence evidence = doc.evidence(new Span(at, at + sentence.length()));
            List<Event> events = new ArrayList<>();
            int n = Math.min(EVENTS_PER_DOCUMENT, count - d * EVENTS_PER_DOCUMENT);
            for (int i = 0; i < n; i++) {
                events.add(event(random, doc.id() + "-" + i, doc.id(), evidence));
            }
            store.events().replaceForDocument(doc.id(), events, "bench");
        }
    }

    private static Event event(Random r, String id, String documentId, Evidence evidence) {
        double lat = 38.8 + r.nextDouble() * 2.6;
        double lon = 44.0 + r.nextDouble() * 4.0;
        boolean sideA = lon < 45.8;
        String country = sideA ? "Country A" : "Country B";
        String admin1 = "Province " + (char) ('A' + (int) ((lat - 38.8) / 0.5)) + (int) ((lon - 44) / 0.8);
        SubEventType kind = KINDS[r.nextInt(KINDS.length)];
        LocalDate date = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(3 * 365));
        int deaths = r.nextInt(10) < 6 ? 0 : r.nextInt(30);
        List<Claim> claims = r.nextInt(4) == 0
                ? List.of(new Claim("Ministry A", Stance.ASSERTS, evidence), new Claim("Ministry B", Stance.DENIES, evidence))
                : List.of(new Claim(null, Stance.ASSERTS, evidence));
        return new Event(id, documentId, DateSpan.day(date), kind, SIDES[sideA ? 1 : 0], List.of(), SIDES[sideA ? 0 : 1],
                List.of(), List.of(new Location("Place " + r.nextInt(500), country, admin1, null, new GeoPoint(lat, lon),
                        GeoPrecision.EXACT, null)),
                Fatalities.exactly(deaths), null, List.of(), kind.label() + " near a synthetic place", List.of(evidence), claims,
                new BorderPosition(country, r.nextDouble() * 20, r.nextInt(8) == 0 ? 2.0 : null, null));
    }
}
