package org.borderwatch.extract.merge;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Disagreement;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.MergedEvent;

/**
 * Groups the reports several documents give of one real event: same event type, dates that overlap
 * (a month or year contains a day), and compatible places (a shared place name, or no place on one
 * side with the same first actor). Records where the reports differ on date and fatalities.
 */
public final class EventMerger {

    public List<MergedEvent> merge(List<Event> events) {
        List<List<Event>> groups = new ArrayList<>();
        // groups indexed by event type and each month their first report covers, so a report is compared
        // only with groups it could overlap in time
        Map<String, List<List<Event>>> byMonth = new java.util.HashMap<>();
        for (Event e : events) {
            List<Event> home = null;
            java.util.Set<List<Event>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (String key : monthKeys(e)) {
                for (List<Event> g : byMonth.getOrDefault(key, List.of())) {
                    if (seen.add(g) && g.stream().noneMatch(o -> o.documentId().equals(e.documentId()))
                            && sameEvent(g.get(0), e)) {
                        home = g;
                        break;
                    }
                }
                if (home != null) {
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
                for (String key : monthKeys(e)) {
                    byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(home);
                }
            }
            home.add(e);
        }
        List<MergedEvent> merged = new ArrayList<>();
        for (List<Event> g : groups) {
            merged.add(new MergedEvent(id(g), g, disagreements(g)));
        }
        return merged;
    }

    private static List<String> monthKeys(Event e) {
        List<String> keys = new ArrayList<>();
        java.time.YearMonth m = java.time.YearMonth.from(e.date().start());
        java.time.YearMonth last = java.time.YearMonth.from(e.date().lastDay());
        while (!m.isAfter(last) && keys.size() < 13) {
            keys.add(e.eventType().name() + "|" + m);
            m = m.plusMonths(1);
        }
        return keys;
    }

    static boolean sameEvent(Event a, Event b) {
        if (a.eventType() != b.eventType() || !datesOverlap(a.date(), b.date())) {
            return false;
        }
        List<String> pa = names(a);
        List<String> pb = names(b);
        if (!pa.isEmpty() && !pb.isEmpty()) {
            return pa.stream().anyMatch(x -> pb.stream().anyMatch(y -> x.contains(y) || y.contains(x)));
        }
        return Objects.equals(a.actor1(), b.actor1()) && a.subEventType() == b.subEventType();
    }

    private static boolean datesOverlap(DateSpan a, DateSpan b) {
        return !a.start().isAfter(b.lastDay()) && !b.start().isAfter(a.lastDay());
    }

    private static List<String> names(Event e) {
        return e.locations().stream().map(Location::name).filter(Objects::nonNull)
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<Disagreement> disagreements(List<Event> g) {
        List<Disagreement> out = new ArrayList<>();
        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, String> deaths = new LinkedHashMap<>();
        for (Event e : g) {
            dates.put(e.documentId(), e.date().start() + (e.date().end() == null ? "" : ".." + e.date().end()));
            if (e.fatalities().known()) {
                deaths.put(e.documentId(), String.valueOf(e.fatalities().low()));
            }
        }
        if (dates.values().stream().distinct().count() > 1) {
            out.add(new Disagreement("date", dates));
        }
        if (deaths.values().stream().distinct().count() > 1) {
            out.add(new Disagreement("fatalities", deaths));
        }
        return out;
    }

    private static String id(List<Event> g) {
        String key = g.stream().map(e -> String.valueOf(e.id())).sorted().reduce("", (x, y) -> x + "|" + y);
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "me-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
