package org.borderwatch.extract;

import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.extract.claim.ClaimStage;
import org.borderwatch.extract.config.ConflictConfig;
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
import org.borderwatch.extract.place.PlacementStage;
import org.borderwatch.extract.report.ReportStage;
import org.borderwatch.extract.trigger.TriggerStage;

/**
 * Extracts ACLED-coded events from a document: layout, mentions, triggers, frames, claims, reports and
 * places (the geography's enricher when there is one, the conflict's own place list, the text's territorial
 * cues, one event per place). Thread-safe: stages keep no state between documents.
 */
public final class Extractor {
    /** Changes whenever extraction output can change, so stored documents get re-extracted. */
    public static final String VERSION = "rules-2.43";

    private final Pipeline pipeline;

    /**
     * @param enricher may be null: then only the conflict's own place list locates events
     */
    public Extractor(ConflictConfig config, PlaceNameSpotter spotter, EventEnricher enricher) {
        ActorLexicon actors = new ActorLexicon(config);
        TerritoryCues cues = new TerritoryCues(config);
        this.pipeline = new Pipeline(List.of(
                new LayoutStage(),
                new MentionStage(spotter instanceof ConfiguredPlaceSpotter ? spotter
                        : new CombinedPlaceSpotter(spotter, new ConfiguredPlaceSpotter(config)), actors, cues,
                        config.localWords().surnameSuffixes()),
                TriggerStage.english(),
                new FrameStage(config, cues, new CasualtyReader(actors.countryByWord())),
                new ClaimStage(config),
                new ReportStage(config),
                new PlacementStage(config, enricher)));
    }

    /** The shipped conflict with its own place list and no gazetteer. */
    public static Extractor withDefaults() {
        ConflictConfig config = ConflictConfig.defaultConflict();
        return new Extractor(config, new ConfiguredPlaceSpotter(config), null);
    }

    public List<Event> extract(Document document) {
        return annotate(document).get(PlacementStage.PLACED);
    }

    /** Runs the stages and returns everything they found, for inspection and tests. */
    public Annotation annotate(Document document) {
        return pipeline.run(document);
    }

    public List<String> stageNames() {
        return pipeline.stageNames();
    }
}
