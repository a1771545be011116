package org.borderwatch.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.domain.Span;
import org.borderwatch.geo.gazetteer.GazetteerImporter;
import org.borderwatch.store.jdbc.JdbcGazetteerRepository;

/**
 * Prints speed figures of the geography capability (run by bench/geo.sh, not a test): WOF import,
 * Geography load, spotter words per second over the shared corpus, geocoding time per gold location
 * with its document as context, and how many gold admin1/country values that geocoding matches.
 */
public final class GeoBench {
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared").toAbsolutePath().normalize();
        var repo = new JdbcGazetteerRepository(GeoTestSupport.h2());
        long t0 = System.nanoTime();
        var summary = new GazetteerImporter(repo, GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT))
                .importWof(shared.resolve("data/wof"), ProgressListener.SILENT);
        System.out.printf("WOF import (am+az, in-memory H2): %.1f s, %d places%n", (System.nanoTime() - t0) / 1e9, repo.placeCount());
        t0 = System.nanoTime();
        Geography geo = Geography.load(repo);
        System.out.printf("Geography load: %.2f s, %d spotter names%n", (System.nanoTime() - t0) / 1e9, geo.gazetteerSpotter().size());

        List<String> texts = new ArrayList<>();
        long words = 0;
        try (var files = Files.list(shared.resolve("corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p);
                texts.add(t);
                words += t.split("\\s+").length;
            }
        }
        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(t -> geo.spotter().spot(t));
        }
        int rounds = 10;
        t0 = System.nanoTime();
        long spans = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                spans += geo.spotter().spot(t).size();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("spotter: %.0f words/s (%d words x %d rounds, %d spans per round)%n",
                words * rounds / secs, words, rounds, spans / rounds);

        ObjectMapper json = new ObjectMapper();
        int located = 0;
        int adminRight = 0;
        int countryRight = 0;
        long nanos = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("gold/dev.jsonl"))) {
            JsonNode g = json.readTree(line);
            String location = g.path("location").asText();
            if (location.isEmpty() || location.contains(";") || !g.path("country").asText().matches("Armenia|Azerbaijan")) {
                continue;
            }
            String text = Files.readString(shared.resolve("corpus").resolve(g.path("doc").asText()));
            int at = text.indexOf(g.path("quote").asText());
            int nameAt = at < 0 ? text.indexOf(location) : text.indexOf(location, Math.max(0, at - 200));
            Span mention = nameAt < 0 ? (at < 0 ? null : new Span(at, at)) : new Span(nameAt, nameAt + location.length());
            long s = System.nanoTime();
            Location l = geo.locate(location, text, mention);
            nanos += System.nanoTime() - s;
            located++;
            String goldAdmin = g.path("admin1").asText();
            if (Objects.equals(goldAdmin.isEmpty() ? null : goldAdmin, l.admin1())) {
                adminRight++;
            } else {
                misses.add(location + ": " + l.admin1() + " (gold " + (goldAdmin.isEmpty() ? "none" : goldAdmin) + ")");
            }
            if (g.path("country").asText().equals(l.country())) {
                countryRight++;
            }
        }
        System.out.printf("geocoding with document context: %.2f ms per location (%d gold single-place locations)%n",
                nanos / 1e6 / Math.max(1, located), located);
        System.out.printf("  admin1 as gold: %d/%d, country as gold: %d/%d; admin1 differences: %s%n",
                adminRight, located, countryRight, located, misses);
    }
}
