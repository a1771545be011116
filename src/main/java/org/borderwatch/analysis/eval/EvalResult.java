package org.borderwatch.analysis.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the scorer reports: counts with detection and strict precision/recall/F1, per-field accuracy on
 * matched pairs, and the same counts for the core scope (without Strategic developments / Other),
 * printed exactly as the reference scorer prints them.
 */
public record EvalResult(Counts all, Map<String, Double> fields, Counts core) {
    /** Gold, predicted and matched events, and detection and strict precision/recall/F1 over them. */
    public record Counts(int gold, int predicted, int matched, Prf detection, Prf strict) {
        private String json() {
            return "\"gold\": " + gold + ", \"predicted\": " + predicted + ", \"matched\": " + matched
                    + ", \"detection\": " + prfJson(detection) + ", \"strict\": " + prfJson(strict);
        }
    }

    public EvalResult {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public int gold() {
        return all.gold();
    }

    public int predicted() {
        return all.predicted();
    }

    public int matched() {
        return all.matched();
    }

    public Prf detection() {
        return all.detection();
    }

    public Prf strict() {
        return all.strict();
    }

    /** The one-line JSON score.py prints with --json (Python's json.dumps layout). */
    public String toJson() {
        return "{" + all.json()
                + ", \"fields\": {" + fields.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + PyRound.repr(e.getValue()))
                        .collect(Collectors.joining(", ")) + "}"
                + ", \"core\": {" + core.json() + "}}";
    }

    /** The lines score.py prints without --json. */
    public String toText() {
        return "gold " + gold() + "  predicted " + predicted() + "  matched " + matched() + "\n"
                + prfLine("detection", detection()) + "\n"
                + prfLine("strict", strict()) + "\n"
                + "fields on matched pairs: " + fields.entrySet().stream()
                        .map(e -> e.getKey() + " " + PyRound.fixed3(e.getValue()))
                        .collect(Collectors.joining("  ")) + "\n"
                + "core (without Strategic developments/Other): gold " + core.gold() + "  predicted " + core.predicted()
                + "  detection F1 " + PyRound.fixed3(core.detection().f1())
                + "  strict F1 " + PyRound.fixed3(core.strict().f1());
    }

    private static String prfJson(Prf m) {
        return "{\"precision\": " + PyRound.repr(m.precision()) + ", \"recall\": " + PyRound.repr(m.recall())
                + ", \"f1\": " + PyRound.repr(m.f1()) + "}";
    }

    private static String prfLine(String name, Prf m) {
        return String.format("%-10s precision %s  recall %s  F1 %s", name, PyRound.fixed3(m.precision()),
                PyRound.fixed3(m.recall()), PyRound.fixed3(m.f1()));
    }
}
