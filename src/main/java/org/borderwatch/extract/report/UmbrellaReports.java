package org.borderwatch.extract.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.extract.frame.EventFrame;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.mention.PlaceMention;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.config.WordLists;

/**
 * An umbrella report names no locality of its own: it sums up the day's incidents by province ("troops
 * occupied ground in the provinces of X and Y", "strikes hit 23 locations in the X, Y and Z provinces"), or
 * restates the crossing with no place at all ("the ministry claims its forces merely took up positions").
 * When the document reports the same kind of event on that day at a named locality, the umbrella is that
 * report told again: it joins it as evidence, adding no place.
 */
final class UmbrellaReports {
    private static final WordLists WORDS = WordLists.english();

    private static final int UNIT_REACH = WORDS.window("umbrella-unit-reach");
    /** "the residential districts of X": a town's quarters, not provinces. */
    private static final Set<String> CITY_QUARTERS = WORDS.words("city-quarter-adjectives");

    private final java.util.function.Predicate<String> unitWord;
    private final java.util.function.Function<String, java.util.Optional<String>> countryOf;

    /**
     * @param unitWord  whether a token key names an administrative unit ("province", or a conflict's own "marz")
     * @param countryOf the country of a listed place, when the conflict lists it
     */
    UmbrellaReports(java.util.function.Predicate<String> unitWord,
            java.util.function.Function<String, java.util.Optional<String>> countryOf) {
        this.unitWord = unitWord;
        this.countryOf = countryOf;
    }

    List<List<EventFrame>> absorb(Annotation a, List<List<EventFrame>> groups) {
        List<List<EventFrame>> out = new ArrayList<>(groups);
        for (List<EventFrame> g : groups) {
            EventFrame f = g.get(0);
            if (g.size() > 1 || f.date().precision() != DatePrecision.DAY || !umbrella(a, f)) {
                continue;
            }
            List<EventFrame> detail = out.stream().filter(o -> o != g
                    && o.get(0).date().equals(f.date())
                    && ReportStage.sameKindOfAct(o.get(0), f) // burned homes are not told again by a meeting abroad
                    && o.stream().noneMatch(x -> x.sentence() == f.sentence()) // clauses of one sentence: two reports
                    && !inAnotherCountry(o.get(0), f) // villages evacuated at home are not a summit abroad told again
                    && o.stream().anyMatch(x -> !x.places().isEmpty() && !umbrella(a, x))).findFirst().orElse(null);
            if (detail != null) {
                detail.add(ReportStage.merged(withoutPlaces(f), MergeRule.UMBRELLA, detail.get(0)));
                out.remove(g);
            }
        }
        return out;
    }

    /** Whether the places of both are known and no country holds a place of each. */
    private boolean inAnotherCountry(EventFrame detail, EventFrame umbrella) {
        Set<String> there = countries(umbrella);
        Set<String> here = countries(detail);
        return !there.isEmpty() && !here.isEmpty() && java.util.Collections.disjoint(there, here);
    }

    private Set<String> countries(EventFrame f) {
        Set<String> out = new java.util.HashSet<>();
        f.places().forEach(p -> countryOf.apply(p).ifPresent(out::add));
        return out;
    }

    /** Only provinces, or (for a crossing) no place at all. */
    private boolean umbrella(Annotation a, EventFrame f) {
        if (f.places().isEmpty()) {
            return f.type() == org.borderwatch.domain.SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
        }
        if (f.places().size() < 2) {
            return false; // one province named alone is where that report happened, at the province's precision
        }
        Sentence s = a.get(LayoutStage.SENTENCES).get(f.sentence());
        List<PlaceMention> mentions = a.get(MentionStage.MENTIONS).get(f.sentence()).places();
        for (String place : f.places()) {
            boolean unit = mentions.stream().anyMatch(m -> (m.name().equals(place) || spelled(s.tokens(), m, place))
                    && namedAsUnit(s.tokens(), m));
            if (!unit) {
                return false;
            }
        }
        return true;
    }

    /** Whether the mention's words spell the place (a gazetteer may name the mention differently). */
    private static boolean spelled(List<Token> tokens, PlaceMention m, String place) {
        StringBuilder text = new StringBuilder();
        for (int i = m.fromToken(); i < m.toToken(); i++) {
            text.append(i > m.fromToken() ? " " : "").append(tokens.get(i).text());
        }
        String words = text.toString();
        return place.equalsIgnoreCase(words) || place.toLowerCase().startsWith(words.toLowerCase() + " ")
                || words.toLowerCase().startsWith(place.toLowerCase() + " ");
    }

    /** "the provinces of X and Y", "the X, Y and Z provinces", "X Province". */
    private boolean namedAsUnit(List<Token> tokens, PlaceMention m) {
        for (int i = m.toToken(); i < Math.min(tokens.size(), m.toToken() + UNIT_REACH); i++) {
            String k = tokens.get(i).key();
            if (unitWord.test(k)) {
                return true;
            }
            if (!k.equals(",") && !k.equals("and") && !tokens.get(i).isCapitalised()) {
                break;
            }
        }
        for (int i = m.fromToken() - 1; i >= Math.max(0, m.fromToken() - UNIT_REACH); i--) {
            String k = tokens.get(i).key();
            if (k.equals("of") && i > 0 && unitWord.test(tokens.get(i - 1).key())
                    && !(i > 1 && CITY_QUARTERS.contains(tokens.get(i - 2).key()))) {
                return true;
            }
            if (!k.equals(",") && !k.equals("and") && !tokens.get(i).isCapitalised()) {
                break;
            }
        }
        return false;
    }

    static EventFrame withoutPlaces(EventFrame f) {
        return new EventFrame(f.sentence(), f.span(), f.type(), f.date(), f.actor1(), f.actor2(), List.of(),
                List.of(), false, f.casualties(), f.measures(), f.triggers(), f.decisions());
    }
}
