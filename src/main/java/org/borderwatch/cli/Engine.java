package org.borderwatch.cli;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.registers.StoredEvents;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.extract.ExtractionRun;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Geography;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.Store;

/**
 * The composition root the commands share: the open store, the conflict chosen on the command line (new
 * documents belong to it), and for each conflict met its configuration, its geography over the stored
 * gazetteer and its extractor, each built on first use because loading the gazetteer costs seconds. A
 * document is extracted with the configuration of the conflict the store records for it. The web server
 * gets its parts from here too, so the CLI and the page run on one engine.
 */
final class Engine implements AutoCloseable {
    private final Store store;
    private final Conflict chosen;
    private final Map<String, Setup> setups = new HashMap<>();
    private List<GazetteerEntry> places;
    private List<Boundary> boundaries;

    /** One conflict's configuration, and the geography, extractor and registers built on it when first asked for. */
    private final class Setup {
        private final Conflict conflict;
        private final ConflictConfig config;
        private final GeoConfig geoConfig;
        private Geography geography;
        private boolean geographyLoaded;
        private Extractor extractor;
        private Registers registers;

        Setup(Conflict conflict, ConflictConfig config, GeoConfig geoConfig) {
            this.conflict = conflict;
            this.config = config;
            this.geoConfig = geoConfig.withActors(config.actorDirectory());
        }

        /** The registers of this conflict's events, with its registers' files (read on first use). */
        Registers registers() {
            if (registers == null) {
                registers = new Registers(RegisterSetup.of(conflict, config, Conflict.DEFAULT.id()));
            }
            return registers;
        }

        Optional<Geography> geography() {
            if (!geographyLoaded) {
                geographyLoaded = true;
                if (!store.gazetteer().isEmpty()) {
                    loadGazetteer();
                    geography = Geography.of(places, boundaries, geoConfig);
                }
            }
            return Optional.ofNullable(geography);
        }

        /** An extractor that uses the gazetteer when there is one, and the conflict's own place list otherwise. */
        Extractor extractor() {
            if (extractor == null) {
                extractor = geography()
                        .map(g -> new Extractor(config, g.spotter(), g.enricher()))
                        .orElseGet(() -> new Extractor(config, new ConfiguredPlaceSpotter(config), null));
            }
            return extractor;
        }
    }

    private Engine(Store store, Conflict chosen) {
        this.store = store;
        this.chosen = chosen;
    }

    /**
     * Opens the store the root's --db names, with {@code conflict} as the conflict of new documents. Its
     * configuration is read at once, so a broken one is reported before any work.
     *
     * @throws IllegalArgumentException when the conflict's configuration cannot be read
     */
    static Engine open(BorderWatchCommand root, Conflict conflict) {
        ConflictConfig config = conflict.config();
        GeoConfig geoConfig = conflict.geoConfig();
        Engine engine = new Engine(ConflictStore.of(root.openStore(), conflict.id()), conflict);
        engine.setups.put(conflict.id(), engine.new Setup(conflict, config, geoConfig));
        return engine;
    }

    /** The store; documents saved through it without a conflict of their own belong to the chosen conflict. */
    Store store() {
        return store;
    }

    /** The conflict chosen on the command line. */
    Conflict conflict() {
        return chosen;
    }

    /** The chosen conflict's geography over the stored gazetteer, or empty when nothing has been imported yet. */
    Optional<Geography> geography() {
        return setup(chosen).geography();
    }

    /**
     * Extracts events from the documents not yet processed (all of them with {@code all}), each with its own
     * conflict's extractor, and re-merges. A document whose conflict cannot be configured (a folder since
     * removed) fails alone and stays queued.
     */
    ExtractionRun.Summary extract(boolean all, ProgressListener progress) {
        return afterExtraction(new ExtractionRun(this::extractWithItsConflict, store.documents(), store.events(), progress)
                .run(all));
    }

    /** As {@link #extract}, but only the documents of the chosen conflict. */
    ExtractionRun.Summary extractChosen(boolean all, ProgressListener progress) {
        return afterExtraction(new ExtractionRun(this::extractWithItsConflict, store.documents(), store.events(), progress)
                .run(all, chosen::owns));
    }

    /**
     * Events changed: whose word each rests on is marked again (the registers' only stored part, for the filters),
     * and the summary is returned once what the run stored is on disk, since it acknowledges what was stored.
     */
    private ExtractionRun.Summary afterExtraction(ExtractionRun.Summary summary) {
        if (summary.documents() > 0) {
            markWhoseWord();
        }
        store.sync();
        return summary;
    }

    /** The registers of the chosen conflict. */
    Registers registers() {
        return setup(chosen).registers();
    }

    /**
     * Derives whose word every stored event rests on, each conflict's events by that conflict's own publisher and
     * claimant lists, and stores it for the --one-sided filter; returns how many events rest on one side's word.
     */
    int markWhoseWord() {
        Set<String> conflicts = new LinkedHashSet<>();
        for (DocumentSummary d : store.documents().list()) {
            conflicts.add(d.conflict() == null ? Conflict.DEFAULT.id() : d.conflict());
        }
        Map<String, String> sides = new HashMap<>();
        for (String id : conflicts) {
            Conflict conflict;
            try {
                conflict = Conflict.ofStored(id);
            } catch (IllegalArgumentException e) {
                // a folder since removed: its documents cannot be read for sides, and rest on no one's word
                continue;
            }
            Registers r = setup(conflict).registers();
            sides.putAll(r.sources(StoredEvents.read(store, r.config().scope())).sideByReportId());
        }
        store.events().markSourceSides(sides);
        return sides.size();
    }

    private List<Event> extractWithItsConflict(Document document) {
        return extractorFor(document).extract(document);
    }

    /** The extractor of the conflict a document belongs to (the default conflict for one that names none). */
    Extractor extractorFor(Document document) {
        return setup(Conflict.ofStored(document.conflict())).extractor();
    }

    private Setup setup(Conflict conflict) {
        return setups.computeIfAbsent(conflict.id(), id -> new Setup(conflict, conflict.config(), conflict.geoConfig()));
    }

    /** The stored places and outlines, read once for every conflict's geography. */
    private void loadGazetteer() {
        if (places == null) {
            places = store.gazetteer().allPlaces();
            boundaries = store.gazetteer().boundaries();
        }
    }

    /** One line saying what an extraction run did, for every command that runs one. */
    static String describe(ExtractionRun.Summary s) {
        String line = Noun.count(s.documents(), "document") + ", " + Noun.count(s.events(), "event") + ", "
                + Noun.count(s.mergedEvents(), "merged event")
                + String.format(Locale.ROOT, " in %.1f s (%.0f words/s)", s.seconds(), s.wordsPerSecond());
        return s.failures().isEmpty() ? line : line + String.format(Locale.ROOT,
                "; %d failed and stay queued (please report it with the lines above)", s.failures().size());
    }

    /** Prints each document whose extraction failed to standard error; true when there were any. */
    static boolean reportFailures(ExtractionRun.Summary s) {
        s.failures().forEach(f -> System.err.println("borderwatch: " + f));
        return !s.failures().isEmpty();
    }

    /** Forgets the loaded geographies and extractors, after the gazetteer changed. */
    void gazetteerChanged() {
        places = null;
        boundaries = null;
        setups.values().forEach(s -> {
            s.geographyLoaded = false;
            s.geography = null;
            s.extractor = null;
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
