package org.borderwatch.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a batch of ingestion did, file by file, with the counts, the time it took, and warnings about
 * the batch as a whole (a manifest entry that named no file, or named one twice).
 */
public record IngestReport(List<FileResult> results, Duration elapsed, List<String> warnings) {
    public IngestReport {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    public IngestReport(List<FileResult> results, Duration elapsed) {
        this(results, elapsed, List.of());
    }

    public int files() {
        return results.size();
    }

    public int stored() {
        return count(FileOutcome.STORED);
    }

    public int newVersions() {
        return count(FileOutcome.NEW_VERSION);
    }

    public int duplicates() {
        return count(FileOutcome.DUPLICATE);
    }

    public int failed() {
        return count(FileOutcome.FAILED);
    }

    public boolean anyFailed() {
        return failed() > 0;
    }

    public List<FileResult> failures() {
        return results.stream().filter(r -> r.outcome() == FileOutcome.FAILED).toList();
    }

    /** "5 files: 5 stored, 0 duplicates, 0 failed in 0.4 s" (new versions are named when there are any). */
    public String summaryLine() {
        StringBuilder line = new StringBuilder();
        line.append(files()).append(files() == 1 ? " file: " : " files: ").append(stored()).append(" stored, ");
        if (newVersions() > 0) {
            line.append(newVersions()).append(newVersions() == 1 ? " new version, " : " new versions, ");
        }
        line.append(duplicates()).append(duplicates() == 1 ? " duplicate, " : " duplicates, ")
                .append(failed()).append(" failed in ")
                .append(String.format(Locale.ROOT, "%.1f s", elapsed.toNanos() / 1e9));
        return line.toString();
    }

    private int count(FileOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
