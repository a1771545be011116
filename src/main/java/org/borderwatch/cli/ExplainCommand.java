package org.borderwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.extract.explain.Explanation;
import org.borderwatch.extract.explain.RuleCatalogue;
import org.borderwatch.ingest.IngestException;
import org.borderwatch.ingest.IngestService;
import org.borderwatch.ingest.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `borderwatch explain`: how extraction coded (or missed) each sentence of a report. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {
            "Shows, sentence by sentence, how extraction coded a report: each trigger word and the rule that kept or"
                    + " dropped it, the rules that typed, dated, split, merged and placed each candidate, and the events"
                    + " that came out.",
            "Use it to audit a coding, or to see why an event you expected is missing.",
            "",
            "Examples:",
            "  borderwatch explain reports/clash.txt --published 2022-09-14",
            "  borderwatch explain 3f2a9c --sentence 4        (a stored document, by id prefix or file name)",
            "  borderwatch explain --rules                     (every rule with its reason)",
        })
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|DOC_ID",
            description = "A report file (.txt, .html, .pdf, .rss, .atom, .xml feed; not stored), or a stored document's id, id prefix or file name.")
    String target;

    @Option(names = "--sentence", paramLabel = "N", description = "Only sentence N (numbered from 1, as the trace shows).")
    int sentence;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication day of a FILE, which relative dates (\"on Tuesday\") count from."
                    + " Default: from a manifest.json beside the file, else none.")
    String published;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Manifest with the FILE's metadata.")
    Path manifest;

    @Mixin
    ConflictOption conflict;

    @Option(names = "--rules", description = "List every named rule with its stage and reason, then stop.")
    boolean rules;

    @Override
    public Integer call() {
        if (rules) {
            System.out.print(RuleCatalogue.render());
            return 0;
        }
        if (target == null) {
            throw new ParameterException(spec.commandLine(), "name a report FILE or a stored DOC_ID");
        }
        if (sentence < 0) {
            throw new ParameterException(spec.commandLine(), "--sentence must be 1 or more, not " + sentence);
        }
        LocalDate publishedDay = published == null ? null : day(published);
        try (Engine engine = Engine.open(root, conflict.conflict())) {
            Optional<Document> document = load(engine, publishedDay);
            if (document.isEmpty()) {
                return 1;
            }
            String trace;
            try {
                trace = Explanation.of(engine.extractorFor(document.get()).annotate(document.get())).render(sentence);
            } catch (RuntimeException e) {
                // a fault of the extractor, not of the store: say so, with what to report
                System.err.println("borderwatch explain: the extractor failed on " + target + " (" + e.getClass().getSimpleName()
                        + ": " + e.getMessage() + "); please report it with this file");
                return 1;
            }
            System.out.print(trace.isEmpty() ? (sentence > 0 ? "No sentence " + sentence + " in this document.\n"
                    : "No sentence of this document has an event trigger.\n") : trace);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("borderwatch explain: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("borderwatch explain: cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        }
    }

    private Optional<Document> load(Engine engine, LocalDate publishedDay) {
        Path file = Path.of(target);
        if (!Files.isRegularFile(file)) {
            Optional<Document> stored = engine.store().documents().find(target);
            if (stored.isEmpty()) {
                System.err.println("borderwatch explain: " + target
                        + ": neither a file nor a stored document (list them with: borderwatch documents)");
            }
            return stored;
        }
        try {
            Manifest metadata = manifestFor(file);
            Document d = new IngestService(engine.store().documents(), null).prepare(file, metadata);
            // a file is explained as a report on the conflict given; a stored document as its own conflict's
            return Optional.of((publishedDay == null ? d : withPublished(d, publishedDay)).withConflict(engine.conflict().id()));
        } catch (IngestException e) {
            System.err.println("borderwatch explain: " + file + ": " + e.reason());
            return Optional.empty();
        }
    }

    private Manifest manifestFor(Path file) throws IngestException {
        if (manifest != null) {
            return Manifest.load(manifest);
        }
        Path beside = file.toAbsolutePath().getParent().resolve(IngestService.MANIFEST_FILE_NAME);
        return Files.isRegularFile(beside) ? Manifest.load(beside) : Manifest.EMPTY;
    }

    private LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "'--published' must be a day like 2022-09-14, not '" + value + "'");
        }
    }

    private static Document withPublished(Document d, LocalDate day) {
        return new Document(d.id(), d.sourceUrl(), d.fileName(), d.title(), d.publisher(), d.author(), d.language(),
                DateSpan.day(day), d.contentHash(), d.rawText(), d.cleanText(), d.offsets(), d.version(), d.ingestedAt());
    }
}
