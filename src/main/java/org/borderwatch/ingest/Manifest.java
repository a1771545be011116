package org.borderwatch.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;

/**
 * Metadata for a set of reports, given by file name, in the JSON form
 * {@code {"documents": [{"file", "title", "publisher", "author", "published", "published_precision",
 * "language", "url"}]}}. {@code published} is an ISO date, year-month or year; a coarser
 * {@code published_precision} (day, week, month, year) rounds it down to the start of the period.
 */
public final class Manifest {
    public static final Manifest EMPTY = new Manifest(Map.of(), List.of(), null);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("file", "title", "publisher", "author", "published",
            "published_precision", "language", "url");

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

    /** Entries by the file's path as written in the manifest, with '/' ("2021/report.txt" or "report.txt"). */
    private final Map<String, SourceMetadata> byPath;
    private final List<String> warnings;
    /** Where the manifest came from, for warnings ("reports/manifest.json"); null when not from a file. */
    private final String origin;

    private Manifest(Map<String, SourceMetadata> byPath, List<String> warnings, String origin) {
        this.byPath = Map.copyOf(byPath);
        this.warnings = List.copyOf(warnings);
        this.origin = origin;
    }

    public static Manifest load(Path file) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IngestException("manifest not found");
        } catch (IOException e) {
            throw new IngestException("cannot read the manifest: " + e.getMessage(), e);
        }
    }

    public static Manifest parse(InputStream in) throws IngestException {
        return parse(in, null);
    }

    private static Manifest parse(InputStream in, String origin) throws IngestException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IngestException("not a valid manifest: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new IngestException("cannot read the manifest: " + e.getMessage(), e);
        }
        if (root == null || !root.path("documents").isArray()) {
            throw new IngestException("not a valid manifest: no \"documents\" list");
        }
        String where = origin == null ? "the manifest" : origin;
        List<String> warnings = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("documents")) {
                warnings.add(where + ": unknown field \"" + name + "\" ignored (only \"documents\" is read)");
            }
        });
        Map<String, SourceMetadata> byPath = new LinkedHashMap<>();
        for (JsonNode node : root.path("documents")) {
            Entry entry;
            try {
                entry = JSON.treeToValue(node, Entry.class);
            } catch (JsonProcessingException e) {
                throw new IngestException("not a valid manifest: " + e.getOriginalMessage(), e);
            }
            if (entry == null || entry.file() == null || entry.file().isBlank()) {
                throw new IngestException("not a valid manifest: an entry has no \"file\"");
            }
            node.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    warnings.add(where + ": entry \"" + entry.file() + "\" has an unknown field \"" + name
                            + "\", ignored (known: " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
                }
            });
            String path = normalise(entry.file());
            if (byPath.containsKey(path)) {
                warnings.add(where + ": \"" + entry.file() + "\" is listed more than once; its last entry is used");
            }
            byPath.put(path, new SourceMetadata(entry.title(), entry.publisher(), entry.author(), published(entry),
                    entry.language(), entry.url()));
        }
        return new Manifest(byPath, warnings, origin);
    }

    /**
     * The metadata for a file, by its path under the folder ingested ("2021/report.txt"): the entry of that
     * path, else the one entry of the file's name in whatever folder (none when several entries have the name).
     */
    public Optional<SourceMetadata> forFile(String relativePath) {
        return Optional.ofNullable(entryFor(relativePath, Set.of())).map(byPath::get);
    }

    /**
     * The entries of files ingested together, by their paths under the folder given: as {@link #forFile}
     * finds them, except that an entry naming one of these files by its path is that file's alone, so that
     * a file of the same name in another folder does not take its metadata too.
     */
    Map<String, String> entriesFor(Collection<String> relativePaths) {
        Set<String> taken = new HashSet<>();
        for (String p : relativePaths) {
            if (byPath.containsKey(normalise(p))) {
                taken.add(normalise(p));
            }
        }
        Map<String, String> entries = new HashMap<>();
        for (String p : relativePaths) {
            String entry = entryFor(p, taken);
            if (entry != null) {
                entries.put(p, entry);
            }
        }
        return entries;
    }

    /** The metadata of the entry of that key ({@link #entriesFor}), none for null. */
    SourceMetadata metadata(String entry) {
        return entry == null ? SourceMetadata.NONE : byPath.get(entry);
    }

    private String entryFor(String relativePath, Set<String> takenByTheirPath) {
        String path = normalise(relativePath);
        if (byPath.containsKey(path)) {
            return path;
        }
        String name = fileName(path);
        List<String> named = byPath.keySet().stream()
                .filter(k -> !takenByTheirPath.contains(k) && fileName(k).equals(name)).limit(2).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    public int size() {
        return byPath.size();
    }

    /** Problems found in the manifest that did not stop it from being read. */
    public List<String> warnings() {
        return warnings;
    }

    /** A warning naming the entries that named none of {@code used} (keys as {@link #entriesFor} gives them), if any. */
    Optional<String> unusedEntries(Set<String> used) {
        List<String> unused = byPath.keySet().stream().filter(p -> !used.contains(p)).toList();
        if (unused.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", unused.subList(0, Math.min(5, unused.size())))
                + (unused.size() > 5 ? " and " + (unused.size() - 5) + " more" : "");
        return Optional.of((origin == null ? "the manifest" : origin) + ": " + unused.size()
                + (unused.size() == 1 ? " entry names" : " entries name") + " no file that was ingested, so "
                + (unused.size() == 1 ? "it was" : "they were") + " not used: " + shown);
    }

    /** This manifest's entries, and for files it does not name, those of {@code other}. */
    public Manifest and(Manifest other) {
        Map<String, SourceMetadata> merged = new LinkedHashMap<>(other.byPath);
        merged.putAll(byPath);
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings);
        return new Manifest(merged, allWarnings, origin != null ? origin : other.origin);
    }

    private static String normalise(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
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
