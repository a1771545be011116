package org.borderwatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.extract.ExtractionRun;
import org.borderwatch.ingest.FileResult;
import org.borderwatch.ingest.IngestException;
import org.borderwatch.ingest.IngestReport;
import org.borderwatch.ingest.IngestService;
import org.borderwatch.ingest.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `borderwatch ingest`: stores report files (text, HTML, PDF; folders recursively) as documents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Reads reports (.txt, .html, .htm, .pdf, and RSS or Atom feeds as .rss, .atom or .xml; folders recursively), cleans their text and stores them.",
            "The same content is stored once; changed content at a known source becomes a new version.",
            "A file that cannot be read is reported on stderr and the rest go on; the exit code is 1 then.",
            "A document's source is its manifest URL, else its path under the folder given.",
            "A text longer than two million characters is stored as several documents (parts), so memory stays bounded.",
        },
        footer = {"", "A manifest gives the documents' metadata by file name; every field but \"file\" is optional:",
            "  {\"documents\": [",
            "    {\"file\": \"clashes.html\", \"title\": \"Clashes on the border\",",
            "     \"publisher\": \"Example News\", \"author\": \"A. Writer\",",
            "     \"published\": \"2022-09-13\", \"published_precision\": \"day\",",
            "     \"language\": \"en\", \"url\": \"https://example.org/clashes\"}",
            "  ]}"})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "The documents' metadata (see below). A manifest.json inside a folder given is used as well.")
    Path manifest;

    @Option(names = "--max-size", paramLabel = "BYTES", converter = ByteSizeConverter.class,
            defaultValue = "" + IngestService.DEFAULT_MAX_BYTES,
            description = "Largest file to accept, in bytes; k, M and G suffixes work (default: 20M).")
    long maxSize;

    @Option(names = "--no-extract", description = "Only store the documents; do not extract events from them.")
    boolean noExtract;

    @Option(names = "--follow-links", description = "Follow symbolic links that lead out of the folders given"
            + " (by default they are reported and not followed).")
    boolean followLinks;

    @Mixin
    ConflictOption conflict;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    private IngestReport report;

    /** Whether the user asked to skip event extraction after ingestion. */
    public boolean noExtract() {
        return noExtract;
    }

    /** The report of the last run, or null before one. */
    public IngestReport report() {
        return report;
    }

    @Override
    public Integer call() {
        Manifest metadata = Manifest.EMPTY;
        if (manifest != null) {
            try {
                metadata = Manifest.load(manifest);
            } catch (IngestException e) {
                System.err.println("borderwatch: " + manifest + ": " + e.reason());
                return 1;
            }
        }
        try (Engine engine = Engine.open(root, conflict.conflict())) {
            try (ConsoleProgressBar bar = new ConsoleProgressBar("ingest", 4)) {
                report = new IngestService(engine.store().documents(), bar).withMaxBytes(maxSize)
                        .followingLinks(followLinks).ingest(paths, metadata);
            }
            engine.store().sync(); // what the summary reports as stored must survive a crash from here on
            for (FileResult result : report.results()) {
                if (result.reason() != null) {
                    System.err.println(TerminalText.safe(result.errorLine()));
                }
                result.noteLines().forEach(line -> System.err.println(TerminalText.safe(line)));
                if (result.parts() > 1) {
                    System.err.println(TerminalText.safe("borderwatch: " + result.path() + ": long, so stored as "
                            + result.parts() + " documents (parts of about a million characters each)"));
                }
            }
            report.warnings().forEach(w -> System.err.println(TerminalText.safe("borderwatch: warning: " + w)));
            System.out.println(report.summaryLine());
            if (!noExtract) {
                ExtractionRun.Summary extracted;
                try (ConsoleProgressBar bar = new ConsoleProgressBar("extract", 2)) {
                    extracted = engine.extract(false, bar);
                }
                boolean failed = Engine.reportFailures(extracted);
                System.out.println("extract: " + Engine.describe(extracted));
                if (failed) {
                    return 1;
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("borderwatch: " + e.getMessage()); // the conflict's configuration
            return 1;
        } catch (RuntimeException e) {
            System.err.println("borderwatch: cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        }
        return report.anyFailed() ? 1 : 0;
    }

    /** Parses "20000000", "500k", "20M", "1G" into bytes. */
    static final class ByteSizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
            long unit = 1;
            if (!v.isEmpty() && "kmg".indexOf(v.charAt(v.length() - 1)) >= 0) {
                unit = switch (v.charAt(v.length() - 1)) {
                    case 'k' -> 1024L;
                    case 'm' -> 1024L * 1024;
                    default -> 1024L * 1024 * 1024;
                };
                v = v.substring(0, v.length() - 1);
            }
            long bytes;
            try {
                bytes = Long.parseLong(v.strip()) * unit;
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a size in bytes (e.g. 20000000 or 20M)");
            }
            if (bytes <= 0) {
                throw new picocli.CommandLine.TypeConversionException("the size limit must be positive");
            }
            return bytes;
        }
    }
}
