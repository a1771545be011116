package org.borderwatch.analysis.registers;

import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.PACT;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;

/**
 * Prints how long the registers take to derive over many synthetic events of the invented conflict, stored in an H2
 * file (run by bench/registers; not a test: timings depend on the machine).
 */
public final class RegistersBench {
    private static final int EVENTS_PER_DOCUMENT = 200;

    private RegistersBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bw-registers-bench");
        Registers registers = new Registers(InventedConflict.config(List.of()));
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            try (Store store = JdbcStore.open(dir.resolve("bench-" + n).toString())) {
                long t0 = System.nanoTime();
                fill(store, n, new Random(n));
                System.out.printf(Locale.ROOT, "%,d synthetic events stored in %.1f s%n", n, seconds(t0));
                RegisterInput input = timed("  read merged events and documents", () -> StoredEvents.read(store));
                timed("  agreements", () -> registers.agreements(input).agreements().size());
                timed("  corridors", () -> registers.corridors(input).routes().size());
                timed("  territory", () -> registers.territory(input).areaBySource().size());
                timed("  appeals", () -> registers.appeals(input).appeals().size());
                var sources = timed("  whose word", () -> registers.sources(input));
                timed("  store the one-sided marks", () -> {
                    store.events().markSourceSides(sources.sideByReportId());
                    return sources.oneSided();
                });
                timed("  all five, from the store", () -> registers.derive(StoredEvents.read(store)));
            }
        }
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "%-40s %8.0f ms%n", what, seconds(t0) * 1000);
        return result;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Events of a synthetic four-year record: mostly clashes, some truces, closures, appeals and area figures. */
    private static void fill(Store store, int n, Random r) {
        List<MergedEvent> merged = new ArrayList<>();
        for (int d = 0; d * EVENTS_PER_DOCUMENT < n; d++) {
            String doc = "bench-doc-" + d;
            String publisher = d % 3 == 0 ? "Northia Today" : d % 3 == 1 ? "Wire Service" : "Southian Ministry of Defence";
            List<Event> events = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < EVENTS_PER_DOCUMENT && d * EVENTS_PER_DOCUMENT + i < n; i++) {
                LocalDate day = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1460));
                String id = doc + "-" + i;
                InventedConflict.Report e = synthetic(id, doc, DateSpan.day(day), r);
                e.at(text.length());
                Event built = e.build();
                text.append(built.notes()).append(' ');
                events.add(built);
            }
            String body = text.toString();
            store.documents().save(new Document(doc, null, doc + ".txt", doc, publisher, null, "en",
                    DateSpan.day(LocalDate.of(2025, 1, 1)), "hash-" + doc, body, body,
                    new OffsetMap(new int[] {0}, new int[] {0}, body.length(), body.length()), 1, Instant.now()));
            store.events().replaceForDocument(doc, events, "bench");
            events.forEach(e -> merged.add(new MergedEvent("m-" + e.id(), List.of(e), List.of())));
        }
        store.events().replaceMerged(merged);
    }

    private static InventedConflict.Report synthetic(String id, String doc, DateSpan date, Random r) {
        int kind = r.nextInt(100);
        if (kind < 2) {
            return report(id, doc, date, SubEventType.AGREEMENT).actors(NORTH_GOV, SOUTH_GOV)
                    .says("The two governments agreed a ceasefire along the line.");
        }
        if (kind < 5) {
            return report(id, doc, date, SubEventType.OTHER).actors(SOUTH_FORCES, null)
                    .says(r.nextBoolean() ? "Southian forces blocked the Pass Road again." : "The Pass Road was reopened to traffic.");
        }
        if (kind < 6) {
            return report(id, doc, date, SubEventType.OTHER).actors(NORTH_GOV, PACT)
                    .says("Northia appealed to the Eastern Pact for help.");
        }
        if (kind < 9) {
            return report(id, doc, date, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY).actors(SOUTH_FORCES, NORTH_FORCES)
                    .says("Southian units now hold about " + (5 + r.nextInt(60)) + " square kilometres of Northia.")
                    .measure(Measure.Kind.AREA_SEIZED, 5, Measure.Unit.KM2, "square kilometres");
        }
        InventedConflict.Report clash = report(id, doc, date, SubEventType.ARMED_CLASH).actors(NORTH_FORCES, SOUTH_FORCES)
                .says("Troops exchanged fire near Millford overnight.").in("Millford", "Northia").deaths(r.nextInt(3), 3);
        return r.nextInt(4) == 0 ? clash.claimedBy("Government of Northia") : clash;
    }
}
