package org.borderwatch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.analysis.registers.RegisterConfig;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.registers.StoredEvents;
import org.borderwatch.analysis.sources.SourceRegister;
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
    private final Path conflictDir;
    private Geography geography;
    private boolean geographyLoaded;
    private Registers registers;

    private Engine(Store store, ConflictConfig conflict, GeoConfig geoConfig, Path conflictDir) {
        this.store = store;
        this.conflict = conflict;
        this.geoConfig = geoConfig;
        this.conflictDir = conflictDir;
    }

    /**
     * Opens the store the root's --db names with the conflict configuration in {@code conflictDir},
     * or the shipped one when it is null.
     */
    static Engine open(BorderWatchCommand root, Path conflictDir) {
        ConflictConfig conflict = conflictDir == null ? ConflictConfig.defaultConflict() : ConflictConfig.load(conflictDir);
        GeoConfig geo = conflictDir == null ? GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT) : GeoConfig.fromFolder(conflictDir);
        return new Engine(root.openStore(), conflict, geo, conflictDir);
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

    /**
     * Extracts events from the documents not yet processed (all of them with {@code all}), re-merges, and marks
     * again whose word each event rests on (the registers' only stored part, which the event filters need).
     */
    ExtractionRun.Summary extract(boolean all, ProgressListener progress) {
        ExtractionRun.Summary summary = new ExtractionRun(extractor(), store.documents(), store.events(), progress).run(all);
        if (summary.documents() > 0) {
            markWhoseWord();
        }
        return summary;
    }

    /** The registers of this engine's conflict (its configuration is read once, on first use). */
    Registers registers() {
        if (registers == null) {
            RegisterConfig config = RegisterSetup.of(conflict, conflictDir, GeoConfig.DEFAULT_CONFLICT);
            registers = new Registers(config);
        }
        return registers;
    }

    /** Derives whose word each stored event rests on and stores it, for the --one-sided filter; returns the register. */
    SourceRegister markWhoseWord() {
        SourceRegister sources = registers().sources(StoredEvents.read(store));
        store.events().markSourceSides(sources.sideByReportId());
        return sources;
    }

    /** One line saying what an extraction run did, for every command that runs one. */
    static String describe(ExtractionRun.Summary s) {
        String line = String.format(Locale.ROOT, "%d documents, %d events, %d merged events in %.1f s (%.0f words/s)",
                s.documents(), s.events(), s.mergedEvents(), s.seconds(), s.wordsPerSecond());
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
