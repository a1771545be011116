package org.borderwatch.analysis.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted events against a gold annotation exactly as the reference scorer (score.py) does:
 * per document, a prediction matches at most one gold event when their dates are compatible and they
 * speak of the same thing (evidence overlapping the quote by half, or a shared place name); pairs are
 * taken greedily, best score first, the score being the overlap plus 0.25 for a shared place.
 */
public final class GoldScorer {
    /** The fields whose accuracy is reported on matched pairs, in the reported order. */
    public static final List<String> FIELDS = List.of("event_type", "sub_event_type", "country", "admin1",
            "location", "fatalities");

    private static final double PLACE_BONUS = 0.25;
    private static final double MIN_OVERLAP = 0.5;

    private record Pair(double score, int gold, int pred) {
    }

    /** Python sorts (score, gi, pi) tuples in reverse: ties go to the higher gold index, then the higher prediction index. */
    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble(Pair::score)
            .thenComparingInt(Pair::gold).thenComparingInt(Pair::pred).reversed();

    /**
     * @param gold        gold records, each with at least "doc"
     * @param predictions predicted records; those of documents absent from the gold are ignored
     */
    public EvalResult score(List<Map<String, Object>> gold, List<Map<String, Object>> predictions) {
        Set<Object> docs = new HashSet<>();
        for (Map<String, Object> g : gold) {
            if (!g.containsKey("doc")) {
                throw new IllegalArgumentException("a gold record has no \"doc\" field");
            }
            docs.add(g.get("doc"));
        }
        List<Map<String, Object>> preds = predictions.stream().filter(p -> docs.contains(p.get("doc"))).toList();

        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Map<String, Object> g = gold.get(gi);
            for (int pi = 0; pi < preds.size(); pi++) {
                Map<String, Object> p = preds.get(pi);
                if (!ScoreRules.sameDoc(g, p) || !ScoreRules.datesCompatible(g, p)) {
                    continue;
                }
                double o = ScoreRules.overlap(g.get("quote"), p.get("evidence"));
                boolean samePlace = ScoreRules.samePlace(g, p);
                if (o >= MIN_OVERLAP || samePlace) {
                    pairs.add(new Pair(o + (samePlace ? PLACE_BONUS : 0), gi, pi));
                }
            }
        }
        pairs.sort(BEST_FIRST);

        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        List<Map<String, Object>[]> matched = new ArrayList<>();
        for (Pair pair : pairs) {
            if (usedGold.contains(pair.gold()) || usedPred.contains(pair.pred())) {
                continue;
            }
            usedGold.add(pair.gold());
            usedPred.add(pair.pred());
            @SuppressWarnings("unchecked")
            Map<String, Object>[] m = new Map[] {gold.get(pair.gold()), preds.get(pair.pred())};
            matched.add(m);
        }

        long strict = matched.stream().filter(m -> ScoreRules.typeRight(m[0], m[1])).count();
        Map<String, Double> fields = new LinkedHashMap<>();
        for (String name : FIELDS) {
            long right = matched.stream().filter(m -> ScoreRules.fieldRight(name, m[0], m[1])).count();
            fields.put(name, matched.isEmpty() ? 0.0 : PyRound.round3((double) right / matched.size()));
        }
        return new EvalResult(gold.size(), preds.size(), matched.size(),
                Prf.of(matched.size(), preds.size(), gold.size()),
                Prf.of(strict, preds.size(), gold.size()),
                fields);
    }
}
