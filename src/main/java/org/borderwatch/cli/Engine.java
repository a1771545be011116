package org.borderwatch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.extract.ExtractionRun;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Geography;
import org.borderwatch.store.Store;

/**
 * The composition root the commands share: the open store, the conflict's configuration, the geography
 * loaded from the stored gazetteer (once, on first use, because loading it costs seconds), and the
 * extractor built on them. The web server gets its parts from here too, so the CLI and the page run on
 * one engine.
 */
final class Engine implements AutoCloseable {
    private final Store store;
    private final ConflictConfig conflict;
    private final GeoConfig geoConfig;
    private Geography geography;
    private boolean geographyLoaded;

    private Engine(Store store, ConflictConfig conflict, GeoConfig geoConfig) {
        this.store = store;
        this.conflict = conflict;
        this.geoConfig = geoConfig;
    }

    /**
     * Opens the store the root's --db names with the conflict configuration in {@code conflictDir},
     * or the shipped one when it is null.
     */
    static Engine open(BorderWatchCommand root, Path conflictDir) {
        ConflictConfig conflict = conflictDir == null ? ConflictConfig.defaultConflict() : ConflictConfig.load(conflictDir);
        GeoConfig geo = conflictDir == null ? GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT) : GeoConfig.fromFolder(conflictDir);
        return new Engine(root.openStore(), conflict, geo);
    }

    Store store() {
        return store;
    }

    GeoConfig geoConfig() {
        return geoConfig;
    }

    /** The geography of the stored gazetteer, or empty when nothing has been imported yet. */
    Optional<Geography> geography() {
        if (!geographyLoaded) {
            geographyLoaded = true;
            if (!store.gazetteer().isEmpty()) {
                geography = Geography.load(store.gazetteer(), geoConfig);
            }
        }
        return Optional.ofNullable(geography);
    }

    /** An extractor that uses the gazetteer when there is one, and the conflict's own place list otherwise. */
    Extractor extractor() {
        return geography()
                .map(g -> new Extractor(conflict, g.spotter(), g.enricher()))
                .orElseGet(() -> new Extractor(conflict, new ConfiguredPlaceSpotter(conflict), null));
    }

    /** Extracts events from the documents not yet processed (all of them with {@code all}) and re-merges. */
    ExtractionRun.Summary extract(boolean all, ProgressListener progress) {
        return new ExtractionRun(extractor(), store.documents(), store.events(), progress).run(all);
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

    /** Forgets the loaded geography, after the gazetteer changed. */
    void gazetteerChanged() {
        geographyLoaded = false;
        geography = null;
    }

    @Override
    public void close() {
        store.close();
    }
}
