package org.borderwatch.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.config.ConfiguredPlaceEnricher;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;
import org.borderwatch.extract.report.ReportStage;

/**
 * Locates each reported event: the gazetteer (an {@link EventEnricher} the geography supplies, when there is
 * one), then the conflict's own place list, places carried between neighbouring sentences or named by their
 * kind ("near the village"), the text's own country cues, the country a placeless event's actors imply, and
 * finally one event per place, as ACLED codes events. Every step that changes an event's places records the
 * rule that did it.
 */
public final class PlacementStage implements Stage {
    /** The document's events, located and split one per place, in text order. */
    public static final Layer<List<Event>> PLACED = Layer.named("PLACED_EVENTS");

    private final EventEnricher gazetteer;
    private final ConfiguredPlaceEnricher conflictList;
    private final PlacelessCountry placeless;
    private final OnePerPlace perPlace;

    /** @param gazetteer may be null: then only the conflict's own place list locates events */
    public PlacementStage(ConflictConfig config, EventEnricher gazetteer) {
        this.gazetteer = gazetteer;
        this.conflictList = new ConfiguredPlaceEnricher(config);
        this.placeless = new PlacelessCountry(config);
        this.perPlace = new OnePerPlace(config);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(LayoutStage.PARAGRAPHS, LayoutStage.SENTENCES, MentionStage.MENTIONS, ReportStage.EVENTS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PLACED);
    }

    @Override
    public void process(Annotation a) {
        Document doc = a.document();
        List<Event> reported = a.get(ReportStage.EVENTS);
        List<Event> located = new ArrayList<>();
        for (Event e : reported) {
            located.add(locate(e, doc));
        }
        located = PlaceCarry.carry(located, a.get(LayoutStage.SENTENCES), a.get(MentionStage.MENTIONS));
        located = KindReference.resolve(located, a.get(LayoutStage.PARAGRAPHS), a.get(LayoutStage.SENTENCES),
                a.get(MentionStage.MENTIONS), probe -> locate(probe, doc));
        located = EntryTitlePlace.resolve(located, a.get(LayoutStage.PARAGRAPHS), a.get(LayoutStage.SENTENCES),
                a.get(MentionStage.MENTIONS), probe -> locate(probe, doc));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            Event e = placelessCountry(keepTextualCountry(located.get(i), reported.get(i)));
            out.addAll(perPlace.split(e));
        }
        a.put(PLACED, List.copyOf(documentCountry(out)));
    }

    /** How many located events, at the least, and what share of them must lie in one country for it to be the report's. */
    private static final int REPORT_COUNTRY_EVENTS = 3;
    private static final double REPORT_COUNTRY_SHARE = 0.8;

    /**
     * "Relatives broke down the ministry's gate", in a report whose every placed act lies in one country: a violent or
     * territorial act, an arrest or a protest that names no place is in the report's country. Accords and meetings
     * whose venue the text does not give stay unplaced, as the rulebook wants.
     */
    private static List<Event> documentCountry(List<Event> events) {
        java.util.Map<String, Long> byCountry = events.stream().flatMap(e -> e.locations().stream())
                .map(Location::country).filter(Objects::nonNull).filter(c -> !c.contains(";"))
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        long placed = byCountry.values().stream().mapToLong(Long::longValue).sum();
        java.util.Optional<String> country = byCountry.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .filter(c -> placed >= REPORT_COUNTRY_EVENTS && c.getValue() >= REPORT_COUNTRY_SHARE * placed)
                .map(java.util.Map.Entry::getKey);
        if (country.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean placeless = e.locations().stream().allMatch(l -> l.country() == null);
            boolean act = e.subEventType() != org.borderwatch.domain.SubEventType.AGREEMENT
                    && e.subEventType() != org.borderwatch.domain.SubEventType.OTHER;
            out.add(!placeless || !act ? e : inCountry(e, country.get(), PlaceRule.REPORT_COUNTRY));
        }
        return out;
    }

    /** The event placed by the gazetteer (when there is one), then by the conflict's own place list. */
    private Event locate(Event e, Document doc) {
        Event placed = gazetteer == null ? e : changed(e, gazetteer.enrich(e, doc), PlaceRule.GAZETTEER);
        return changed(placed, conflictList.enrich(placed, doc), PlaceRule.CONFLICT_LIST);
    }

    /** The enriched event, with the rule recorded when it changed the places. */
    private static Event changed(Event before, Event after, PlaceRule rule) {
        if (after.locations().equals(before.locations())) {
            return after;
        }
        return after.withDecision(rule.decide(Decision.Verdict.PLACE, describe(after.locations())));
    }

    /** A location that nothing could place keeps the country the text's cues give. */
    private static Event keepTextualCountry(Event enriched, Event original) {
        String cue = original.border() == null ? null : original.border().recognisedCountry();
        if (cue == null || cue.contains(";")) {
            return enriched;
        }
        List<Location> locations = new ArrayList<>();
        for (Location l : enriched.locations()) {
            locations.add(l.country() == null ? l.withCountry(cue) : l);
        }
        return changed(enriched, enriched.withLocations(locations, enriched.border()), PlaceRule.TEXTUAL_COUNTRY);
    }

    /** An event nothing placed, whose actors say where it happened (see {@link PlacelessCountry}). */
    private Event placelessCountry(Event e) {
        if (e.locations().stream().anyMatch(l -> l.country() != null)) {
            return e;
        }
        String words = String.join(" ", e.evidence().stream().map(org.borderwatch.domain.Evidence::text).toList());
        return placeless.of(e.subEventType(), e.actor1(), e.actor2(), words)
                .map(c -> inCountry(e, c, PlaceRule.PLACELESS_COUNTRY)).orElse(e);
    }

    /** A placeless event put in a country at the country's precision, with the rule that put it there. */
    private static Event inCountry(Event e, String country, PlaceRule rule) {
        return changed(e, e.withLocations(e.locations().isEmpty()
                ? List.of(new Location(null, country, null, null, null, GeoPrecision.REGION, null))
                : e.locations().stream().map(l -> l.withCountry(country)).toList(), e.border()), rule);
    }

    /** Locations in words for a trace: "Lorva (Northia, East)". */
    static String describe(List<Location> locations) {
        List<String> parts = new ArrayList<>();
        for (Location l : locations) {
            String units = String.join(", ", java.util.stream.Stream.of(l.country(), l.admin1())
                    .filter(Objects::nonNull).toList());
            parts.add((l.name() == null ? "" : l.name() + " ") + "(" + units + ")");
        }
        return String.join("; ", parts);
    }
}
