package org.borderwatch.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Stance;

/**
 * An event as one flat record of a document's report, in the field names and conventions of the gold
 * annotation (see the project's evaluation): several values joined by "; ", "" for none. The JSON Lines
 * export writes it, the GeoJSON export uses it as properties, and the evaluator scores it.
 */
public final class ReportFields {
    /** The fields the gold annotation defines, in its order, then the event id. */
    public static final List<String> CORE = List.of("doc", "date", "date_end", "date_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "fatalities", "claimed_by",
            "disputed_by", "evidence", "id");

    static final String SEPARATOR = "; ";

    private ReportFields() {
    }

    /** The record of {@code event}: the core fields, then BorderWatch's own. */
    public static Map<String, Object> of(Event event, Function<String, DocumentInfo> documents) {
        DocumentInfo doc = documents.apply(event.documentId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc.fileName());
        m.put("date", event.date().start().toString());
        m.put("date_end", event.date().end() == null ? null : event.date().end().toString());
        m.put("date_precision", event.date().precision().name().toLowerCase(Locale.ROOT));
        m.put("event_type", event.eventType().label());
        m.put("sub_event_type", event.subEventType().label());
        m.put("actor1", orEmpty(event.actor1()));
        m.put("actor2", orEmpty(event.actor2()));
        // the countries an event spans, alphabetically: the same pair is always written the same way
        m.put("country", joinDistinct(event.locations().stream().map(Location::country).filter(Objects::nonNull).sorted().toList()));
        m.put("admin1", joinDistinct(event.locations().stream().map(Location::admin1).toList()));
        m.put("location", joinDistinct(event.locations().stream().map(Location::name).toList()));
        m.put("fatalities", event.fatalities().low());
        m.put("claimed_by", claimedBy(event));
        m.put("disputed_by", disputedBy(event));
        m.put("evidence", event.evidence().isEmpty() ? "" : event.evidence().get(0).text());
        m.put("id", event.id());
        // BorderWatch's own
        m.put("document_id", event.documentId());
        m.put("assoc_actor_1", String.join(SEPARATOR, event.assocActors1()));
        m.put("assoc_actor_2", String.join(SEPARATOR, event.assocActors2()));
        m.put("fatalities_best", event.fatalities().best());
        m.put("fatalities_high", event.fatalities().high());
        Location primary = event.primaryLocation();
        boolean located = primary != null && primary.point() != null;
        m.put("latitude", located ? primary.point().latitude() : null);
        m.put("longitude", located ? primary.point().longitude() : null);
        m.put("geo_precision", primary == null || primary.precision() == null ? null : primary.precision().code());
        m.put("recognised_country", event.border() == null ? null : event.border().recognisedCountry());
        m.put("cross_border", event.border() != null && event.border().crossBorder());
        m.put("notes", orEmpty(event.notes()));
        return m;
    }

    /** Who the text says reports the event: claimants that assert it. */
    public static String claimedBy(Event event) {
        return claimants(event.claims(), Set.of(Stance.ASSERTS));
    }

    /** Who denies it, calls it false or blames the other side. */
    public static String disputedBy(Event event) {
        return claimants(event.claims(), Set.of(Stance.DENIES, Stance.BLAMES_OTHER_SIDE, Stance.CALLED_FALSE));
    }

    private static String claimants(List<Claim> claims, Set<Stance> stances) {
        List<String> names = new ArrayList<>();
        for (Claim c : claims) {
            if (stances.contains(c.stance())) {
                names.add(c.claimant());
            }
        }
        return joinDistinct(names);
    }

    /** Non-blank values, each once, in first-seen order, joined by "; ". */
    static String joinDistinct(List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).forEach(distinct::add);
        return String.join(SEPARATOR, distinct);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
