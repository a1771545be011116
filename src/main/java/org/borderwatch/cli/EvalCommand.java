package org.borderwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.borderwatch.analysis.eval.EvalResult;
import org.borderwatch.analysis.eval.GoldScorer;
import org.borderwatch.domain.Event;
import org.borderwatch.export.DocumentInfo;
import org.borderwatch.export.ReportFields;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Scores the stored events (or a predictions file) against a gold annotation, as the reference score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the stored events against a gold annotation (JSON Lines, one event per line).",
            "Prints detection and strict precision/recall/F1, per-field accuracy and the core figures (without"
                    + " Strategic developments / Other), as the reference score.py does.",
            "The gold names documents by file name; they must have been ingested into the store first."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    BorderWatchCommand root;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotation (JSON Lines).")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this JSON Lines file instead of the stored events.")
    Path predictions;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        try {
            List<Map<String, Object>> goldRecords = readJsonl(gold, "gold");
            Set<String> goldDocuments = new LinkedHashSet<>();
            goldRecords.forEach(g -> goldDocuments.add(String.valueOf(g.get("doc"))));
            List<Map<String, Object>> predicted = predictions != null ? readJsonl(predictions, "predictions")
                    : stored(goldDocuments);
            if (predictions != null && predicted.stream().noneMatch(p -> goldDocuments.contains(String.valueOf(p.get("doc"))))) {
                System.err.println("borderwatch eval: no prediction in " + predictions + " is about a document of the gold;"
                        + " every gold event counts as missed");
            }
            EvalResult result = new GoldScorer().score(goldRecords, predicted);
            System.out.println(json ? result.toJson() : result.toText());
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("borderwatch eval: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Every stored event as the record the JSON Lines export writes. Refuses a store that holds none of
     * the gold's documents (a score of zero would only say that nothing was ingested), and says which
     * are missing when some are.
     */
    private List<Map<String, Object>> stored(Set<String> goldDocuments) {
        try (Store store = root.openStore()) {
            List<DocumentSummary> documents = store.documents().list();
            Set<String> storedFiles = new HashSet<>();
            documents.forEach(d -> storedFiles.add(d.fileName()));
            List<String> missing = goldDocuments.stream().filter(d -> !storedFiles.contains(d)).toList();
            if (!missing.isEmpty() && missing.size() == goldDocuments.size()) {
                throw new IllegalArgumentException("none of the gold's " + Noun.count(goldDocuments.size(), "document")
                        + " is stored in " + root.db() + " (the gold names them by file, e.g. '" + missing.get(0)
                        + "'); ingest them first: borderwatch ingest --manifest FILE DIR");
            }
            if (!missing.isEmpty()) {
                System.err.println("borderwatch eval: " + missing.size() + " of the gold's " + goldDocuments.size()
                        + (missing.size() == 1 ? " documents is" : " documents are") + " not stored (e.g. '"
                        + missing.get(0) + "'); their events count as missed");
            }
            Function<String, DocumentInfo> byId = DocumentInfo.lookup(documents);
            List<Map<String, Object>> out = new ArrayList<>();
            Iterator<Event> events = store.events().iterate(EventQuery.all());
            while (events.hasNext()) {
                out.add(ReportFields.of(events.next(), byId));
            }
            return out;
        }
    }

    private static List<Map<String, Object>> readJsonl(Path file, String what) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readValue(lines.get(i), new TypeReference<Map<String, Object>>() { }));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(what + " file " + file + " line " + (i + 1)
                        + " is not a JSON object: " + e.getOriginalMessage());
            }
        }
        return out;
    }
}
