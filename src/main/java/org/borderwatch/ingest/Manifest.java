package org.borderwatch.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;

/**
 * Metadata for a set of reports, given by file name, in the JSON form
 * {@code {"documents": [{"file", "title", "publisher", "author", "published", "published_precision",
 * "language", "url"}]}}. {@code published} is an ISO date, year-month or year; a coarser
 * {@code published_precision} (day, week, month, year) rounds it down to the start of the period.
 */
public final class Manifest {
    public static final Manifest EMPTY = new Manifest(Map.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(
            @JsonProperty("file") String file,
            @JsonProperty("title") String title,
            @JsonProperty("publisher") String publisher,
            @JsonProperty("author") String author,
            @JsonProperty("published") String published,
            @JsonProperty("published_precision") String publishedPrecision,
            @JsonProperty("language") String language,
            @JsonProperty("url") String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(@JsonProperty("documents") List<Entry> documents) {
    }

    private final Map<String, SourceMetadata> byFile;

    private Manifest(Map<String, SourceMetadata> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    public static Manifest load(Path file) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (NoSuchFileException e) {
            throw new IngestException("manifest not found");
        } catch (IOException e) {
            throw new IngestException("cannot read the manifest: " + e.getMessage(), e);
        }
    }

    public static Manifest parse(InputStream in) throws IngestException {
        Listing listing;
        try {
            listing = JSON.readValue(in, Listing.class);
        } catch (JsonProcessingException e) {
            throw new IngestException("not a valid manifest: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new IngestException("cannot read the manifest: " + e.getMessage(), e);
        }
        if (listing == null || listing.documents() == null) {
            throw new IngestException("not a valid manifest: no \"documents\" list");
        }
        Map<String, SourceMetadata> byFile = new HashMap<>();
        for (Entry entry : listing.documents()) {
            if (entry.file() == null || entry.file().isBlank()) {
                throw new IngestException("not a valid manifest: an entry has no \"file\"");
            }
            byFile.put(fileName(entry.file()), new SourceMetadata(entry.title(), entry.publisher(), entry.author(),
                    published(entry), entry.language(), entry.url()));
        }
        return new Manifest(byFile);
    }

    /** The metadata for a file, matched by its name (not its folder). */
    public Optional<SourceMetadata> forFile(String fileName) {
        return Optional.ofNullable(byFile.get(fileName(fileName)));
    }

    public int size() {
        return byFile.size();
    }

    /** This manifest's entries, and for files it does not name, those of {@code other}. */
    public Manifest and(Manifest other) {
        Map<String, SourceMetadata> merged = new HashMap<>(other.byFile);
        merged.putAll(byFile);
        return new Manifest(merged);
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static DateSpan published(Entry entry) throws IngestException {
        String value = entry.published();
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.strip();
            DatePrecision given = v.length() == 4 ? DatePrecision.YEAR : v.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
            LocalDate date = switch (given) {
                case YEAR -> LocalDate.of(Integer.parseInt(v), 1, 1);
                case MONTH -> LocalDate.parse(v + "-01");
                default -> LocalDate.parse(v);
            };
            DatePrecision precision = entry.publishedPrecision() == null || entry.publishedPrecision().isBlank()
                    ? given : DatePrecision.valueOf(entry.publishedPrecision().strip().toUpperCase(Locale.ROOT));
            return DateSpan.of(startOfPeriod(date, precision), precision);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IngestException("not a valid manifest: entry \"" + entry.file() + "\" has published \""
                    + value + "\" / precision \"" + entry.publishedPrecision() + "\" (expected an ISO date and"
                    + " one of day, week, month, year)");
        }
    }

    private static LocalDate startOfPeriod(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY, WEEK -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
