package org.borderwatch.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Casualties;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.explain.RuleCatalogue;

/**
 * The JSON shapes of events: a flat summary for lists and maps (ACLED-like fields), and a full
 * report with its evidence and claims for the event panel. Field names become snake_case.
 */
public final class EventJson {
    private EventJson() {
    }

    public record Summary(
            String id, String documentId, LocalDate date, LocalDate dateEnd, String datePrecision,
            String eventType, String subEventType, String actor1, String actor2,
            String location, String country, String admin1, Double latitude, Double longitude, Integer geoPrecision,
            Integer fatalities, ClaimsSummary claims, boolean contested, boolean crossBorder, boolean oneSided,
            String sourceSide) {
    }

    public record EvidenceJson(String documentId, int start, int end, String text) {
    }

    public record ClaimJson(String claimant, String stance, EvidenceJson evidence) {
    }

    public record FatalitiesJson(Integer low, Integer best, Integer high, Map<String, Integer> bySide) {
    }

    public record LocationJson(String name, String country, String admin1, String admin2,
                               Double latitude, Double longitude, Integer geoPrecision) {
    }

    /** One step of how the report was coded: which rule, at which stage, decided what, and why the rule exists. */
    public record CodingJson(String stage, String rule, String verdict, String detail, String reason) {
    }

    public record Report(
            Summary event, String documentTitle, String notes, List<String> assocActors1, List<String> assocActors2,
            FatalitiesJson fatalitiesDetail, Casualties casualties, BorderPosition border, List<LocationJson> locations,
            List<EvidenceJson> evidence, List<ClaimJson> claims, List<CodingJson> coding) {
    }

    /** The summary of an event whose sources' sides are not looked up (it shows as resting on no one party). */
    public static Summary summary(Event e) {
        return summary(e, null);
    }

    /** @param sourceSide the party whose word alone the event rests on, null when none */
    public static Summary summary(Event e, String sourceSide) {
        Location loc = e.primaryLocation();
        DateSpan date = e.date();
        LocalDate last = date.lastDay();
        ClaimsSummary claims = ClaimsSummary.of(e.claims());
        String country = loc != null && loc.country() != null ? loc.country()
                : e.border() != null ? e.border().recognisedCountry() : null;
        return new Summary(
                e.id(), e.documentId(), date.start(), last.equals(date.start()) ? null : last,
                date.precision().name().toLowerCase(), e.eventType().label(), e.subEventType().label(),
                e.actor1(), e.actor2(),
                loc == null ? null : loc.name(), country, loc == null ? null : loc.admin1(),
                loc == null || loc.point() == null ? null : loc.point().latitude(),
                loc == null || loc.point() == null ? null : loc.point().longitude(),
                loc == null || loc.precision() == null ? null : loc.precision().code(),
                e.fatalities().low(), claims, claims.contested(), e.border() != null && e.border().crossBorder(),
                sourceSide != null, sourceSide);
    }

    public static Report report(Event e, String documentTitle) {
        Fatalities f = e.fatalities();
        return new Report(summary(e), documentTitle, e.notes(), e.assocActors1(), e.assocActors2(),
                new FatalitiesJson(f.low(), f.best(), f.high(), f.bySide()), e.casualties(), e.border(),
                e.locations().stream().map(EventJson::location).toList(),
                e.evidence().stream().map(EventJson::evidence).toList(),
                e.claims().stream().map(EventJson::claim).toList(),
                e.coding().stream().map(EventJson::coding).toList());
    }

    private static CodingJson coding(Decision d) {
        return new CodingJson(d.stage(), d.rule(), d.verdict().name().toLowerCase(), d.detail(),
                RuleCatalogue.reasonOf(d.stage(), d.rule()).orElse(null));
    }

    public static EvidenceJson evidence(Evidence ev) {
        return new EvidenceJson(ev.documentId(), ev.clean().start(), ev.clean().end(), ev.text());
    }

    private static ClaimJson claim(Claim c) {
        return new ClaimJson(c.claimant(), c.stance().name().toLowerCase(), c.evidence() == null ? null : evidence(c.evidence()));
    }

    private static LocationJson location(Location l) {
        return new LocationJson(l.name(), l.country(), l.admin1(), l.admin2(),
                l.point() == null ? null : l.point().latitude(), l.point() == null ? null : l.point().longitude(),
                l.precision() == null ? null : l.precision().code());
    }
}
