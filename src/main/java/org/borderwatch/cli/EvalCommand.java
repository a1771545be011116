package org.borderwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.borderwatch.analysis.eval.EvalResult;
import org.borderwatch.analysis.eval.GoldScorer;
import org.borderwatch.domain.Event;
import org.borderwatch.export.DocumentInfo;
import org.borderwatch.export.ReportFields;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Scores the stored events (or a predictions file) against a gold annotation, as the reference score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the stored events against a gold annotation (JSON Lines, one event per line).",
            "Prints detection and strict precision/recall/F1 and per-field accuracy, like the reference score.py."})
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
            List<Map<String, Object>> predicted = predictions != null ? readJsonl(predictions, "predictions") : stored();
            EvalResult result = new GoldScorer().score(goldRecords, predicted);
            System.out.println(json ? result.toJson() : result.toText());
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("borderwatch eval: " + e.getMessage());
            return 2;
        }
    }

    /** Every stored event as the record the JSON Lines export writes. */
    private List<Map<String, Object>> stored() {
        try (Store store = root.openStore()) {
            Function<String, DocumentInfo> documents = DocumentInfo.lookup(store.documents().list());
            List<Map<String, Object>> out = new ArrayList<>();
            Iterator<Event> events = store.events().iterate(EventQuery.all());
            while (events.hasNext()) {
                out.add(ReportFields.of(events.next(), documents));
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
