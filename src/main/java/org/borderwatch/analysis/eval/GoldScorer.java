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
 * taken greedily, best score first, the score being the overlap plus 0.25 for a shared place. The core
 * figures repeat the matching without the events coded Strategic developments / Other, on both sides.
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

        List<Map<String, Object>[]> matched = match(gold, preds);
        Map<String, Double> fields = new LinkedHashMap<>();
        for (String name : FIELDS) {
            long right = matched.stream().filter(m -> ScoreRules.fieldRight(name, m[0], m[1])).count();
            fields.put(name, matched.isEmpty() ? 0.0 : PyRound.round3((double) right / matched.size()));
        }
        List<Map<String, Object>> coreGold = gold.stream().filter(GoldScorer::isCore).toList();
        List<Map<String, Object>> corePreds = preds.stream().filter(GoldScorer::isCore).toList();
        return new EvalResult(counts(gold, preds, matched), fields,
                counts(coreGold, corePreds, match(coreGold, corePreds)));
    }

    /** score.py's scope: every event but those coded Strategic developments / Other. */
    static boolean isCore(Map<String, Object> event) {
        return !(PyValues.pyEquals(event.get("event_type"), "Strategic developments")
                && PyValues.pyEquals(event.get("sub_event_type"), "Other"));
    }

    private static EvalResult.Counts counts(List<Map<String, Object>> gold, List<Map<String, Object>> preds,
                                            List<Map<String, Object>[]> matched) {
        long strict = matched.stream().filter(m -> ScoreRules.typeRight(m[0], m[1])).count();
        return new EvalResult.Counts(gold.size(), preds.size(), matched.size(),
                Prf.of(matched.size(), preds.size(), gold.size()),
                Prf.of(strict, preds.size(), gold.size()));
    }

    /** Greedy one-to-one pairs of gold and predicted records, best score first, each as {gold, prediction}. */
    private static List<Map<String, Object>[]> match(List<Map<String, Object>> gold, List<Map<String, Object>> preds) {
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
        return matched;
    }
}
