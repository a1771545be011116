package org.borderwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.clean.CleanText;
import org.borderwatch.clean.Cleaner;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.SaveOutcome;

/**
 * Ingests report files (plain text, HTML, PDF; folders recursively) into a document repository:
 * reads and checks each file, cleans its text, attaches metadata from a manifest or from the file,
 * and stores it. A file that cannot be ingested is reported with a reason and the batch goes on;
 * nothing already stored is touched by a failure. The same content is stored once; changed
 * content at a source already stored becomes its next version.
 */
public final class IngestService {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final String MANIFEST_FILE_NAME = "manifest.json";

    private final DocumentRepository repository;
    private final ProgressListener progress;
    private final Cleaner cleaner;
    private final Clock clock;
    private final long maxBytes;
    private final List<SourceReader> readers;

    public IngestService(DocumentRepository repository, ProgressListener progress) {
        this(repository, progress, Cleaner.standard(), Clock.systemUTC(), DEFAULT_MAX_BYTES,
                List.of(new PlainTextReader(), new HtmlReader(), new PdfReader()));
    }

    private IngestService(DocumentRepository repository, ProgressListener progress, Cleaner cleaner, Clock clock,
            long maxBytes, List<SourceReader> readers) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.progress = progress == null ? ProgressListener.SILENT : progress;
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.readers = List.copyOf(readers);
    }

    /** The same service with another per-file size limit in bytes. */
    public IngestService withMaxBytes(long limit) {
        return new IngestService(repository, progress, cleaner, clock, limit, readers);
    }

    public IngestService withCleaner(Cleaner other) {
        return new IngestService(repository, progress, other, clock, maxBytes, readers);
    }

    public IngestService withClock(Clock other) {
        return new IngestService(repository, progress, cleaner, other, maxBytes, readers);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Ingests files and folders; metadata from a manifest.json found in any folder given. */
    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, Manifest.EMPTY);
    }

    /**
     * Ingests files and folders. Metadata comes from {@code manifest} first, then from a
     * manifest.json in a folder given, then from the file itself.
     */
    public IngestReport ingest(List<Path> paths, Manifest manifest) {
        long start = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        Manifest effective = manifest.and(discoverManifests(paths, results));
        List<SourceFiles.Source> sources = new SourceFiles(supportedExtensions()).expand(paths);
        Map<String, Integer> latestVersions = latestVersionBySource();
        int done = 0;
        for (SourceFiles.Source source : sources) {
            String shown = source.path().toString();
            progress.progress(done, sources.size(), source.path().getFileName().toString());
            if (source.problem() != null) {
                results.add(FileResult.failed(shown, source.problem()));
            } else {
                results.add(ingestOne(source.path(), shown, effective, latestVersions));
            }
            done++;
        }
        progress.progress(done, sources.size(), null);
        return new IngestReport(results, Duration.ofNanos(System.nanoTime() - start));
    }

    private FileResult ingestOne(Path file, String shown, Manifest manifest, Map<String, Integer> latestVersions) {
        Document document;
        try {
            document = prepare(file, manifest);
        } catch (IngestException e) {
            return FileResult.failed(shown, e.reason());
        } catch (RuntimeException e) {
            // a defect in reading or cleaning one odd file must not cost the user the rest of the batch
            return FileResult.failed(shown, "could not process it (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); please report this");
        }
        SaveOutcome outcome;
        Document versioned;
        try {
            Optional<Document> same = repository.findById(document.id());
            int version = same.map(Document::version)
                    .orElseGet(() -> latestVersions.getOrDefault(document.sourceUrl(), 0) + 1);
            versioned = withVersion(document, version);
            outcome = repository.save(versioned);
        } catch (RuntimeException e) {
            return FileResult.failed(shown, "could not store it: " + e.getMessage());
        }
        if (outcome != SaveOutcome.DUPLICATE) {
            latestVersions.merge(versioned.sourceUrl(), versioned.version(), Math::max);
        }
        return new FileResult(shown, switch (outcome) {
            case NEW -> FileOutcome.STORED;
            case NEW_VERSION -> FileOutcome.NEW_VERSION;
            case DUPLICATE -> FileOutcome.DUPLICATE;
        }, versioned.id(), null);
    }

    /**
     * Reads, checks and cleans one file into a document (version 1), without storing it.
     *
     * @throws IngestException with a one-line reason when the file cannot be ingested
     */
    public Document prepare(Path file, Manifest manifest) throws IngestException {
        SourceReader reader = readerFor(file);
        byte[] content = readChecked(file);
        ExtractedText extracted = reader.read(file, content);
        String raw = extracted.text();
        if (raw.isBlank()) {
            throw new IngestException("no text in the file (only whitespace)");
        }
        CleanText clean = cleaner.clean(raw);
        if (clean.text().isBlank()) {
            throw new IngestException("no text left after cleaning (only navigation, markup or links)");
        }
        String fileName = file.getFileName().toString();
        SourceMetadata metadata = manifest.forFile(fileName).orElse(SourceMetadata.NONE).orElse(extracted.metadata());
        String hash = DocumentHashes.contentHash(raw);
        return new Document(
                DocumentHashes.idOf(hash),
                metadata.url() != null ? metadata.url() : "file:" + fileName,
                fileName,
                metadata.title() != null ? metadata.title() : TitleGuess.from(clean.text(), fileName),
                metadata.publisher(),
                metadata.author(),
                metadata.language(),
                metadata.published(),
                hash,
                raw,
                clean.text(),
                clean.offsets(),
                1,
                clock.instant());
    }

    private SourceReader readerFor(Path file) throws IngestException {
        String extension = SourceFiles.extension(file);
        return readers.stream().filter(r -> r.extensions().contains(extension)).findFirst()
                .orElseThrow(() -> new IngestException("unsupported file type '." + extension + "'"));
    }

    private byte[] readChecked(Path file) throws IngestException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException("empty file");
            }
            if (size > maxBytes) {
                throw new IngestException("too large: " + megabytes(size) + ", the limit is " + megabytes(maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IngestException("no such file or directory");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IngestException("permission denied");
        } catch (IOException e) {
            throw new IngestException("cannot read it: " + e.getMessage(), e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private Set<String> supportedExtensions() {
        Set<String> extensions = new HashSet<>();
        readers.forEach(r -> extensions.addAll(r.extensions()));
        return extensions;
    }

    private Map<String, Integer> latestVersionBySource() {
        Map<String, Integer> latest = new HashMap<>();
        for (DocumentSummary summary : repository.list()) {
            if (summary.sourceUrl() != null) {
                latest.merge(summary.sourceUrl(), summary.version(), Math::max);
            }
        }
        return latest;
    }

    private static Manifest discoverManifests(List<Path> paths, List<FileResult> problems) {
        Manifest found = Manifest.EMPTY;
        for (Path path : paths) {
            Path candidate = path.resolve(MANIFEST_FILE_NAME);
            if (Files.isDirectory(path) && Files.isRegularFile(candidate)) {
                try {
                    found = found.and(Manifest.load(candidate));
                } catch (IngestException e) {
                    problems.add(FileResult.failed(candidate.toString(), e.reason()));
                }
            }
        }
        return found;
    }

    private static Document withVersion(Document d, int version) {
        return new Document(d.id(), d.sourceUrl(), d.fileName(), d.title(), d.publisher(), d.author(), d.language(),
                d.published(), d.contentHash(), d.rawText(), d.cleanText(), d.offsets(), version, d.ingestedAt());
    }
}
