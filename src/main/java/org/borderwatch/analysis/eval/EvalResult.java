package org.borderwatch.analysis.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the scorer reports: counts, detection and strict precision/recall/F1, and per-field accuracy on
 * matched pairs, printed exactly as the reference scorer prints them.
 */
public record EvalResult(int gold, int predicted, int matched, Prf detection, Prf strict, Map<String, Double> fields) {
    public EvalResult {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The one-line JSON score.py prints with --json (Python's json.dumps layout). */
    public String toJson() {
        return "{\"gold\": " + gold + ", \"predicted\": " + predicted + ", \"matched\": " + matched
                + ", \"detection\": " + prfJson(detection) + ", \"strict\": " + prfJson(strict)
                + ", \"fields\": {" + fields.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + PyRound.repr(e.getValue()))
                        .collect(Collectors.joining(", ")) + "}}";
    }

    /** The three lines score.py prints without --json. */
    public String toText() {
        return "gold " + gold + "  predicted " + predicted + "  matched " + matched + "\n"
                + prfLine("detection", detection) + "\n"
                + prfLine("strict", strict) + "\n"
                + "fields on matched pairs: " + fields.entrySet().stream()
                        .map(e -> e.getKey() + " " + PyRound.fixed3(e.getValue()))
                        .collect(Collectors.joining("  "));
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
