package org.borderwatch.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Casualties;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;

/** Small documents and events, written for the tests, with every field filled where it matters. */
public final class StoreSamples {
    private StoreSamples() {
    }

    /** A document whose clean text drops the raw text's line breaks, so its offset map has several runs. */
    public static Document document(String id, String sourceUrl, String fileName, String rawText) {
        StringBuilder clean = new StringBuilder();
        int[] rawOf = new int[rawText.length()];
        int n = 0;
        for (int i = 0; i < rawText.length(); i++) {
            char ch = rawText.charAt(i);
            if (ch == '\n') {
                continue;
            }
            clean.append(ch);
            rawOf[n++] = i;
        }
        OffsetMap map = OffsetMap.fromOffsets(java.util.Arrays.copyOf(rawOf, n), rawText.length());
        return new Document(id, sourceUrl, fileName, "Title of " + fileName, "Test Publisher", "A. Writer", "en",
                new DateSpan(LocalDate.of(2022, 9, 1), null, DatePrecision.MONTH), "hash-" + id, rawText,
                clean.toString(), map, 1, Instant.parse("2024-01-02T03:04:05Z"));
    }

    public static Document document(String id) {
        return document(id, "https://example.org/" + id, id + ".txt", "Troops fired\nnear the lake.\nTwo died.");
    }

    /** An event with every field set. */
    public static Event fullEvent(String id, String documentId) {
        Evidence evidence = new Evidence(documentId, new Span(0, 12), new Span(0, 12), "Troops fired");
        return new Event(id, documentId,
                new DateSpan(LocalDate.of(2022, 9, 12), LocalDate.of(2022, 9, 14), DatePrecision.DAY),
                SubEventType.ARMED_CLASH,
                "Military Forces of Azerbaijan", List.of("Border Guards of Azerbaijan"),
                "Military Forces of Armenia", List.of("Volunteers, \"East\""),
                List.of(new Location("Jermuk", "Armenia", "Vayots Dzor", "Jermuk town", new GeoPoint(39.84, 45.67),
                                GeoPrecision.EXACT, "wof:123"),
                        Location.named("Sev Lake")),
                new Fatalities(2, 3, 5, Map.of("Military Forces of Armenia", 2)),
                new Casualties(4, 1, null),
                List.of(new Measure(Measure.Kind.AREA_SEIZED, 10.5, Measure.Unit.KM2, evidence)),
                "Clash near the lake; figures vary.",
                List.of(evidence),
                List.of(new Claim("Ministry of Defence of Armenia", Stance.ASSERTS, evidence),
                        new Claim("Ministry of Defence of Azerbaijan", Stance.DENIES, evidence)),
                new BorderPosition("Armenia", 3.5, 2.0, null));
    }

    /** A plain event for filter tests. */
    public static Event event(String id, String documentId, LocalDate date, SubEventType type, String actor1,
                              String actor2, Location location, Integer fatalities, String notes) {
        return new Event(id, documentId, DateSpan.day(date), type, actor1, List.of(), actor2, List.of(),
                location == null ? List.of() : List.of(location),
                fatalities == null ? Fatalities.UNKNOWN : Fatalities.exactly(fatalities), null, List.of(), notes,
                List.of(), List.of(), null);
    }

    public static Location place(String name, String country, String admin1, double lat, double lon) {
        return new Location(name, country, admin1, null, new GeoPoint(lat, lon), GeoPrecision.EXACT, null);
    }
}
