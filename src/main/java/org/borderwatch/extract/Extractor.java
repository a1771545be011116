package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.extract.claim.ClaimStage;
import org.borderwatch.extract.config.ConfiguredPlaceEnricher;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.frame.EventPlaces;
import org.borderwatch.extract.frame.FrameStage;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.mention.ActorLexicon;
import org.borderwatch.extract.mention.CasualtyReader;
import org.borderwatch.extract.mention.CombinedPlaceSpotter;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.mention.TerritoryCues;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Pipeline;
import org.borderwatch.extract.report.ReportStage;
import org.borderwatch.extract.trigger.TriggerStage;

/**
 * Extracts ACLED-coded events from a document: layout, mentions, triggers, frames, claims and reports,
 * then the enricher (geography) and, where it resolves nothing, the conflict's own place list and the
 * text's territorial cues. Thread-safe: stages keep no state between documents.
 */
public final class Extractor {
    /** Changes whenever extraction output can change, so stored documents get re-extracted. */
    public static final String VERSION = "rules-1.1";

    private final Pipeline pipeline;
    private final EventEnricher enricher;
    private final ConfiguredPlaceEnricher fallback;
    private final EventPlaces places;

    /**
     * @param enricher may be null: then only the conflict's own place list locates events
     */
    public Extractor(ConflictConfig config, PlaceNameSpotter spotter, EventEnricher enricher) {
        ActorLexicon actors = new ActorLexicon(config);
        TerritoryCues cues = new TerritoryCues(config);
        this.pipeline = new Pipeline(List.of(
                new LayoutStage(),
                new MentionStage(spotter instanceof ConfiguredPlaceSpotter ? spotter
                        : new CombinedPlaceSpotter(spotter, new ConfiguredPlaceSpotter(config)), actors, cues),
                TriggerStage.english(),
                new FrameStage(config, cues, new CasualtyReader(actors.countryByWord())),
                new ClaimStage(config),
                new ReportStage()));
        this.enricher = enricher;
        this.fallback = new ConfiguredPlaceEnricher(config);
        this.places = new EventPlaces(config);
    }

    /** The shipped conflict with its own place list and no gazetteer. */
    public static Extractor withDefaults() {
        ConflictConfig config = ConflictConfig.defaultConflict();
        return new Extractor(config, new ConfiguredPlaceSpotter(config), null);
    }

    public List<Event> extract(Document document) {
        Annotation a = annotate(document);
        List<Event> out = new ArrayList<>();
        for (Event e : a.get(ReportStage.EVENTS)) {
            Event enriched = enricher == null ? e : enricher.enrich(e, document);
            out.add(fallback.enrich(enriched, document));
        }
        out = places.carryFromPreviousSentence(out, a.get(LayoutStage.SENTENCES), a.get(MentionStage.MENTIONS));
        List<Event> placed = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            placed.add(placelessCountry(keepTextualCountry(out.get(i), a.get(ReportStage.EVENTS).get(i))));
        }
        return placed;
    }

    /** Runs the stages and returns everything they found, for inspection and tests. */
    public Annotation annotate(Document document) {
        return pipeline.run(document);
    }

    public List<String> stageNames() {
        return pipeline.stageNames();
    }

    /** An event nothing placed, whose actors say where it happened (see {@link EventPlaces#placelessCountry}). */
    private Event placelessCountry(Event e) {
        if (e.locations().stream().anyMatch(l -> l.country() != null)) {
            return e;
        }
        return places.placelessCountry(e.subEventType(), e.actor1(), e.actor2())
                .map(c -> e.withLocations(e.locations().isEmpty()
                        ? List.of(new Location(null, c, null, null, null, GeoPrecision.REGION, null))
                        : e.locations().stream().map(l -> l.withCountry(c)).toList(), e.border()))
                .orElse(e);
    }

    /** A location the enrichers could not place keeps the country the text's cues give. */
    private static Event keepTextualCountry(Event enriched, Event original) {
        String cue = original.border() == null ? null : original.border().recognisedCountry();
        if (cue == null || cue.contains(";")) {
            return enriched;
        }
        List<Location> locations = new ArrayList<>();
        for (Location l : enriched.locations()) {
            locations.add(l.country() == null ? l.withCountry(cue) : l);
        }
        return enriched.withLocations(locations, enriched.border());
    }
}
