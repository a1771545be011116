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
 * content at a source already stored becomes its next version. A document's source is the
 * manifest's URL, else the file's path under the folder given, so files of the same name in
 * different folders are different documents.
 *
 * <p>Memory stays bounded whatever a file's size: a long text file is read as a stream, checked whole,
 * then read again and stored as parts of about a million characters ({@link TextParts}), each a
 * document; HTML and PDF, which their libraries read whole, are refused above {@link #WHOLE_FILE_MAX_BYTES}.
 */
public final class IngestService {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final String MANIFEST_FILE_NAME = "manifest.json";
    /** The largest HTML or PDF file read (their parsers hold the whole file and much more in memory). */
    public static final long WHOLE_FILE_MAX_BYTES = 50L * 1024 * 1024;
    /** Text files larger than this are read as a stream. */
    static final long STREAM_ABOVE_BYTES = 4L * 1024 * 1024;

    private final DocumentRepository repository;
    private final ProgressListener progress;
    private final Cleaner cleaner;
    private final Clock clock;
    private final long maxBytes;
    private final boolean followLinks;
    private final List<SourceReader> readers;

    public IngestService(DocumentRepository repository, ProgressListener progress) {
        this(repository, progress, Cleaner.standard(), Clock.systemUTC(), DEFAULT_MAX_BYTES, false,
                List.of(new PlainTextReader(), new HtmlReader(), new PdfReader(), new FeedReader()));
    }

    private IngestService(DocumentRepository repository, ProgressListener progress, Cleaner cleaner, Clock clock,
            long maxBytes, boolean followLinks, List<SourceReader> readers) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.progress = progress == null ? ProgressListener.SILENT : progress;
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.followLinks = followLinks;
        this.readers = List.copyOf(readers);
    }

    /** The same service with another per-file size limit in bytes. */
    public IngestService withMaxBytes(long limit) {
        return new IngestService(repository, progress, cleaner, clock, limit, followLinks, readers);
    }

    public IngestService withCleaner(Cleaner other) {
        return new IngestService(repository, progress, other, clock, maxBytes, followLinks, readers);
    }

    public IngestService withClock(Clock other) {
        return new IngestService(repository, progress, cleaner, other, maxBytes, followLinks, readers);
    }

    /** The same service following symbolic links that lead out of the folders given. */
    public IngestService followingLinks(boolean follow) {
        return new IngestService(repository, progress, cleaner, clock, maxBytes, follow, readers);
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
        return ingest(paths, manifest, new SourceFiles(supportedExtensions(), followLinks));
    }

    IngestReport ingest(List<Path> paths, Manifest manifest, SourceFiles files) {
        long start = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        Manifest effective = manifest.and(discoverManifests(paths, results));
        List<SourceFiles.Source> sources = files.expand(paths);
        Map<String, Integer> latestVersions = latestVersionBySource();
        Map<String, String> entries = effective.entriesFor(
                sources.stream().filter(s -> s.problem() == null).map(SourceFiles.Source::relativeName).toList());
        int done = 0;
        for (SourceFiles.Source source : sources) {
            String shown = source.path().toString();
            progress.progress(done, sources.size(), source.path().getFileName().toString());
            if (source.problem() != null) {
                results.add(FileResult.failed(shown, source.problem()));
            } else {
                SourceMetadata given = effective.metadata(entries.get(source.relativeName()));
                results.add(ingestOne(source, shown, given, latestVersions));
            }
            done++;
        }
        progress.progress(done, sources.size(), null);
        List<String> warnings = new ArrayList<>(effective.warnings());
        effective.unusedEntries(new HashSet<>(entries.values())).ifPresent(warnings::add);
        return new IngestReport(results, Duration.ofNanos(System.nanoTime() - start), warnings);
    }

    private FileResult ingestOne(SourceFiles.Source source, String shown, SourceMetadata given,
                                 Map<String, Integer> latestVersions) {
        StoredParts stored = new StoredParts(shown);
        try {
            Path file = source.path();
            SourceReader reader = readerFor(file);
            long size = checkedSize(file, reader);
            TextParts.PartSink save;
            if (reader instanceof PlainTextReader text && size > STREAM_ABOVE_BYTES) {
                DocumentMaker.Origin origin = origin(source, given);
                save = (part, raw) -> stored.add(store(raw, origin, part, latestVersions, stored.notes()));
                text.check(file); // the whole file first, so that a bad byte late in it stores no part of it
                TextParts parts = new TextParts(save);
                text.stream(file, parts);
                parts.finish();
            } else {
                ExtractedText extracted = reader.read(file, read(file));
                DocumentMaker.Origin origin = origin(source, given.orElse(extracted.metadata()));
                save = (part, raw) -> stored.add(store(raw, origin, part, latestVersions, stored.notes()));
                TextParts.split(extracted.text(), save);
            }
            return stored.result();
        } catch (IngestException e) {
            return stored.failed(e.reason());
        } catch (OutOfMemoryError e) {
            // the memory one file took is free again once it is dropped; the rest of the batch goes on
            return stored.failed("too large to read in the memory given to Java (" + e.getMessage() + ")");
        } catch (IOException e) {
            return stored.failed("cannot read it: " + e.getMessage());
        } catch (RuntimeException e) {
            // a defect in reading or cleaning one odd file must not cost the user the rest of the batch
            return stored.failed("could not process it (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report this");
        }
    }

    /** A file's identity: the manifest's URL, else "file:" and its path under the folder given. */
    private static DocumentMaker.Origin origin(SourceFiles.Source source, SourceMetadata metadata) {
        String fileName = source.path().getFileName().toString();
        return new DocumentMaker.Origin(fileName,
                metadata.url() != null ? metadata.url() : "file:" + source.relativeName(), metadata);
    }

    /**
     * Makes and saves the document of one text, a whole file's ({@code part} 0) or one part of it; a part of
     * only whitespace is passed over (returns null).
     */
    private SavedPart store(String raw, DocumentMaker.Origin origin, int part, Map<String, Integer> latestVersions,
                            List<String> notes) throws IngestException {
        if (part > 0 && raw.isBlank()) {
            return null;
        }
        Document document = new DocumentMaker(cleaner, clock).make(raw, origin, part, notes);
        Document versioned;
        SaveOutcome outcome;
        try {
            Optional<Document> same = repository.findById(document.id());
            int version = same.map(Document::version)
                    .orElseGet(() -> latestVersions.getOrDefault(document.sourceUrl(), 0) + 1);
            versioned = document.withVersion(version);
            outcome = repository.save(versioned);
        } catch (RuntimeException e) {
            throw new IngestException("could not store it: " + e.getMessage(), e);
        }
        if (outcome != SaveOutcome.DUPLICATE) {
            latestVersions.merge(versioned.sourceUrl(), versioned.version(), Math::max);
        }
        return new SavedPart(versioned.id(), outcome);
    }

    /**
     * Reads, checks and cleans one file given by itself into a document (version 1), without storing it: a
     * file to be explained rather than kept.
     *
     * @throws IngestException with a one-line reason when the file cannot be ingested, or is so long that it
     *                         would be stored in parts
     */
    public Document prepare(Path file, Manifest manifest) throws IngestException {
        SourceReader reader = readerFor(file);
        checkedSize(file, reader);
        ExtractedText extracted = reader.read(file, read(file));
        if (extracted.text().length() > TextParts.MAX_CHARS) {
            throw new IngestException("too long to take whole (" + extracted.text().length() + " characters); ingest it,"
                    + " and it is stored in parts of about a million characters");
        }
        SourceFiles.Source source = new SourceFiles.Source(file, null, null);
        SourceMetadata metadata = manifest.forFile(source.relativeName()).orElse(SourceMetadata.NONE)
                .orElse(extracted.metadata());
        return new DocumentMaker(cleaner, clock).make(extracted.text(), origin(source, metadata), 0, new ArrayList<>());
    }

    private SourceReader readerFor(Path file) throws IngestException {
        String extension = SourceFiles.extension(file);
        return readers.stream().filter(r -> r.extensions().contains(extension)).findFirst()
                .orElseThrow(() -> new IngestException("unsupported file type '." + extension + "'"));
    }

    /** The file's size, once it is known to be within the limits for its kind. */
    private long checkedSize(Path file, SourceReader reader) throws IngestException {
        long size;
        try {
            size = Files.size(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IngestException("no such file or directory");
        } catch (IOException e) {
            throw new IngestException("cannot read it: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new IngestException("empty file");
        }
        if (size > maxBytes) {
            throw new IngestException("too large: " + megabytes(size) + ", the limit is " + megabytes(maxBytes));
        }
        if (!(reader instanceof PlainTextReader) && size > WHOLE_FILE_MAX_BYTES) {
            throw new IngestException("too large for its kind: " + megabytes(size) + "; HTML and PDF files are read"
                    + " whole, up to " + megabytes(WHOLE_FILE_MAX_BYTES) + " (save a larger one as text)");
        }
        return size;
    }

    private static byte[] read(Path file) throws IngestException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IngestException("no such file or directory");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IngestException("permission denied");
        } catch (IOException e) {
            throw new IngestException("cannot read it: " + e.getMessage(), e);
        }
    }

    static String megabytes(long bytes) {
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
}
