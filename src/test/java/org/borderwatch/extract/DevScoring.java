package org.borderwatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Stance;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.borderwatch.extract.config.ConflictConfig;

/**
 * Development harness (not a test): runs the extractor over the shared corpus with the manifest's
 * publication dates and writes predictions in the scorer's JSONL format.
 * Usage: DevScoring CORPUS_DIR OUT.jsonl
 */
public final class DevScoring {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/corpus");
        Path out = Path.of(args.length > 1 ? args[1] : "target/preds.jsonl");
        ConflictConfig config = ConflictConfig.defaultConflict();
        Extractor extractor = new Extractor(config, new ConfiguredPlaceSpotter(config), null);
        JsonNode manifest = JSON.readTree(corpus.resolve("manifest.json").toFile());
        int events = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (JsonNode d : manifest.get("documents")) {
                String file = d.get("file").asText();
                String raw = Files.readString(corpus.resolve(file));
                DatePrecision precision = DatePrecision.valueOf(d.get("published_precision").asText().toUpperCase());
                LocalDate published = LocalDate.parse(d.get("published").asText());
                // the manifest's best-known day stands for the publication date whatever its precision
                Document doc = TestDocuments.cleaned(file, raw, DateSpan.day(published));
                for (Event e : extractor.extract(doc)) {
                    w.println(JSON.writeValueAsString(row(file, e, config)));
                    events++;
                }
            }
        }
        System.out.println(events + " predictions written to " + out);
    }

    static Map<String, Object> row(String file, Event e, ConflictConfig config) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("doc", file);
        r.put("date", e.date().start().toString());
        r.put("date_end", e.date().end() == null ? null : e.date().end().toString());
        r.put("date_precision", e.date().precision() == DatePrecision.WEEK ? "day" : e.date().precision().name().toLowerCase());
        r.put("event_type", e.eventType().label());
        r.put("sub_event_type", e.subEventType().label());
        r.put("actor1", Objects.toString(e.actor1(), ""));
        r.put("actor2", Objects.toString(e.actor2(), ""));
        Set<String> countries = new LinkedHashSet<>();
        Set<String> admin1 = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Location l : e.locations()) {
            if (l.country() != null) {
                countries.add(l.country());
            }
            if (l.admin1() != null) {
                admin1.add(l.admin1());
            }
            boolean unit = l.name() != null && config.place(l.name())
                    .map(p -> p.cls() == FeatureClass.DISTRICT).orElse(false);
            if (l.name() != null && !unit) {
                names.add(l.name());
            }
        }
        r.put("country", String.join("; ", countries));
        r.put("admin1", String.join("; ", admin1));
        r.put("location", String.join("; ", names));
        r.put("fatalities", e.fatalities().low());
        r.put("claimed_by", claimants(e.claims(), Set.of(Stance.ASSERTS)));
        r.put("disputed_by", claimants(e.claims(), Set.of(Stance.DENIES, Stance.BLAMES_OTHER_SIDE)));
        r.put("evidence", e.evidence().get(0).text()); // the span that states the event; later ones restate it
        return r;
    }

    private static String claimants(List<Claim> claims, Set<Stance> stances) {
        return claims.stream().filter(c -> stances.contains(c.stance()) && c.claimant() != null)
                .map(Claim::claimant).distinct().collect(Collectors.joining("; "));
    }
}
