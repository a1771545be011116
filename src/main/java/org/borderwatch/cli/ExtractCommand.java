package org.borderwatch.cli;

import java.util.concurrent.Callable;
import org.borderwatch.extract.ExtractionRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `borderwatch extract`: codes events from the stored documents and merges them across documents. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts ACLED-coded events from the stored documents this extractor version has not processed,"
                    + " each with the configuration of the conflict it was ingested for (see ingest --conflict).",
            "With --conflict, only the documents of that conflict (after editing its configuration, say).",
            "Then recomputes which reports of different documents describe the same event.",
            "Places are found with the stored gazetteer when one was imported, else with the conflict's own list.",
        })
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Option(names = "--all", description = "Re-extract every stored document, not only new ones.")
    boolean all;

    @Mixin
    ConflictOption conflict;

    @Override
    public Integer call() {
        ExtractionRun.Summary summary;
        try (Engine engine = Engine.open(root, conflict.conflict()); ConsoleProgressBar bar = new ConsoleProgressBar("extract", 2)) {
            summary = conflict.given() ? engine.extractChosen(all, bar) : engine.extract(all, bar);
        } catch (IllegalArgumentException e) {
            System.err.println("borderwatch: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("borderwatch: cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        }
        boolean failed = Engine.reportFailures(summary);
        System.out.println(Engine.describe(summary));
        return failed ? 1 : 0;
    }
}
