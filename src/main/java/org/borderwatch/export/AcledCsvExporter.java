package org.borderwatch.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.domain.ActorKind;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Location;

/**
 * CSV in ACLED's column layout, so tools built for ACLED data read it, followed by BorderWatch's own
 * columns (date ranges, fatality ranges, claims, border position, evidence). Location columns describe
 * the event's primary location, as ACLED codes one location per event.
 */
public final class AcledCsvExporter implements EventExporter {
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    public static final List<String> BORDERWATCH_COLUMNS = List.of("date_end", "fatalities_best", "fatalities_high",
            "claimed_by", "disputed_by", "recognised_country", "distance_to_border_km", "depth_km", "evidence");

    private final CountryCodes countries;
    private final Clock clock;
    private final ActorKinds kinds;

    /** @param actors the configured actors, whose kinds give ACLED's inter codes */
    public AcledCsvExporter(ActorDirectory actors) {
        this(CountryCodes.standard(), Clock.systemUTC(), actors);
    }

    /** @param clock gives the export time written as every row's timestamp */
    public AcledCsvExporter(CountryCodes countries, Clock clock, ActorDirectory actors) {
        this.countries = countries;
        this.clock = clock;
        this.kinds = new ActorKinds(actors);
    }

    public static List<String> header() {
        List<String> all = new ArrayList<>(ACLED_COLUMNS);
        all.addAll(BORDERWATCH_COLUMNS);
        return all;
    }

    @Override
    public long write(Iterator<Event> events, Function<String, DocumentInfo> documents, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.writeRow(header());
        long timestamp = clock.instant().getEpochSecond();
        long n = 0;
        while (events.hasNext()) {
            csv.writeRow(row(events.next(), documents, timestamp));
            n++;
        }
        out.flush();
        return n;
    }

    List<Object> row(Event e, Function<String, DocumentInfo> documents, long timestamp) {
        Location loc = e.primaryLocation();
        String country = loc == null ? null : loc.country();
        Optional<CountryCodes.Country> codes = countries.find(country);
        int inter1 = kinds.interCode(e.actor1());
        int inter2 = kinds.interCode(e.actor2());
        BorderPosition border = e.border();
        List<Object> r = new ArrayList<>(ACLED_COLUMNS.size() + BORDERWATCH_COLUMNS.size());
        r.add(e.id());
        r.add(e.date().start());
        r.add(e.date().start().getYear());
        r.add(e.date().precision().acledCode());
        r.add(e.eventType().disorderType());
        r.add(e.eventType().label());
        r.add(e.subEventType().label());
        r.add(e.actor1());
        r.add(String.join(ReportFields.SEPARATOR, e.assocActors1()));
        r.add(inter1 == 0 ? null : inter1);
        r.add(e.actor2());
        r.add(String.join(ReportFields.SEPARATOR, e.assocActors2()));
        r.add(inter2 == 0 ? null : inter2);
        r.add(ActorKinds.interaction(inter1, inter2));
        r.add(civilianTargeting(e) ? "Civilian targeting" : "");
        r.add(codes.map(CountryCodes.Country::numeric).orElse(null));
        r.add(""); // region: ACLED's world regions are not part of BorderWatch's data
        r.add(country);
        r.add(loc == null ? null : loc.admin1());
        r.add(loc == null ? null : loc.admin2());
        r.add(""); // admin3
        r.add(loc == null ? null : loc.name());
        r.add(loc == null || loc.point() == null ? null : loc.point().latitude());
        r.add(loc == null || loc.point() == null ? null : loc.point().longitude());
        r.add(loc == null || loc.precision() == null ? null : loc.precision().code());
        r.add(documents.apply(e.documentId()).publisher());
        r.add(""); // source_scale
        r.add(e.notes());
        // ACLED has no "unknown": a report silent about deaths counts 0
        r.add(e.fatalities().low() == null ? 0 : e.fatalities().low());
        r.add(""); // tags
        r.add(timestamp);
        r.add(e.date().end());
        r.add(e.fatalities().best());
        r.add(e.fatalities().high());
        r.add(ReportFields.claimedBy(e));
        r.add(ReportFields.disputedBy(e));
        r.add(border == null ? null : border.recognisedCountry());
        r.add(border == null ? null : border.distanceToBorderKm());
        r.add(border == null ? null : border.depthInsideOtherSideKm());
        r.add(e.evidence().isEmpty() ? "" : e.evidence().get(0).text());
        return r;
    }

    /** ACLED marks events in which civilians are the target. */
    private boolean civilianTargeting(Event e) {
        return e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS
                || kinds.of(e.actor2()) == ActorKind.CIVILIANS;
    }
}
