package org.borderwatch.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Java scorer prints exactly what the reference score.py prints, on fixtures made to hit its corner cases. */
class ScorerParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameJsonAndTextAsScorePy() throws Exception {
        Optional<Path> scorePy = SharedFiles.find("gold/score.py");
        assumeTrue(scorePy.isPresent(), "shared gold/score.py not found (set -Dbw.shared); parity not checked");
        assumeTrue(python3Works(), "python3 is not available; parity not checked");
        Path gold = fixture("parity-gold.jsonl");
        Path pred = fixture("parity-pred.jsonl");

        EvalResult java = new GoldScorer().score(read(gold), read(pred));

        assertThat(java.toJson()).isEqualTo(run(scorePy.get(), gold, pred, "--json"));
        assertThat(java.toText()).isEqualTo(run(scorePy.get(), gold, pred));
        // the fixture's tie makes the reverse tuple order matter: ascending order would match 8
        assertThat(java.matched()).isEqualTo(7);
    }

    @Test
    void sameResultAsScorePyOnTheDevGoldScoredAgainstItself() throws Exception {
        Optional<Path> scorePy = SharedFiles.find("gold/score.py");
        Optional<Path> dev = SharedFiles.find("gold/dev.jsonl");
        assumeTrue(scorePy.isPresent() && dev.isPresent(), "shared gold not found; parity not checked");
        assumeTrue(python3Works(), "python3 is not available; parity not checked");
        // the gold's quotes stand in for predicted evidence
        List<Map<String, Object>> preds = new ArrayList<>();
        for (Map<String, Object> g : read(dev.get())) {
            Map<String, Object> p = new java.util.LinkedHashMap<>(g);
            p.put("evidence", g.get("quote"));
            preds.add(p);
        }
        Path predFile = Files.createTempFile("bw-preds", ".jsonl");
        try {
            StringBuilder sb = new StringBuilder();
            for (Map<String, Object> p : preds) {
                sb.append(JSON.writeValueAsString(p)).append('\n');
            }
            Files.writeString(predFile, sb, StandardCharsets.UTF_8);
            EvalResult java = new GoldScorer().score(read(dev.get()), preds);
            assertThat(java.toJson()).isEqualTo(run(scorePy.get(), dev.get(), predFile, "--json"));
        } finally {
            Files.deleteIfExists(predFile);
        }
    }

    static List<Map<String, Object>> read(Path jsonl) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
            }
        }
        return out;
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ScorerParityTest.class.getResource(name).toURI());
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(Path scorePy, Path gold, Path pred, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", scorePy.toString(), gold.toString(), pred.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.stripTrailing();
    }
}
