package org.borderwatch.geo.resolve;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderwatch.geo.names.GeoWords;
import org.borderwatch.language.LanguageWords;
import org.borderwatch.language.LocalWords;

/**
 * What the words in and around a place mention say about it, as patterns built once per conflict from the English
 * words of {@code geo/words.yaml} and {@code language/english.yaml} and the conflict's own unit words: whether the
 * mention means a unit ("the X district", "the district of X", "X, Y and Z districts"), an area or a point near the
 * place ("the outskirts of X", "the northern X", "the X section").
 */
public final class MentionWords {
    private final Set<String> unitWords;
    /** Before a name: the place is near it ("the outskirts of X"). */
    final Pattern near;
    /** In a mention: an area around the place ("the X border area"). */
    final Pattern area;
    /** Before a name: a part of it ("the northern X"). */
    final Pattern direction;
    /** Anywhere in a mention: it names a unit. */
    final Pattern unitWord;
    /** "the village of X", "the district of X": group 1 is the kind. */
    final Pattern kindOf;
    /** After a name: a unit word closing it or a list it begins ("X, Y and Z districts"). */
    final Pattern unitAfterList;
    /** After a name: a unit word or a stretch of the unit's border or front ("the X section"). */
    final Pattern unitOrFrontAfter;
    /** Characters after a name read for {@link #unitOrFrontAfter}. */
    final int unitOrFrontReach;

    public MentionWords(LocalWords local) {
        LanguageWords english = GeoWords.ENGLISH;
        Set<String> units = new HashSet<>(GeoWords.unitWords(local));
        units.removeAll(english.words("town-unit-words")); // "the X municipality" is the town of X
        this.unitWords = Set.copyOf(units);
        this.near = Pattern.compile("^(?:" + anyOf(english.words("near-phrases")) + "\\s+)+", Pattern.CASE_INSENSITIVE);
        this.area = Pattern.compile("\\b" + anyOf(english.words("area-phrases")) + "\\b", Pattern.CASE_INSENSITIVE);
        this.direction = Pattern.compile("^(?:the\\s+)?" + anyOf(english.words("direction-words")) + "\\s+",
                Pattern.CASE_INSENSITIVE);
        this.unitWord = Pattern.compile("\\b" + anyOf(unitWords) + "\\b", Pattern.CASE_INSENSITIVE);
        Set<String> kinds = new HashSet<>(english.words("settlement-words"));
        kinds.addAll(unitWords);
        this.kindOf = Pattern.compile("^(?:the\\s+)?(" + anyOf(kinds) + ")\\s+of\\s+", Pattern.CASE_INSENSITIVE);
        // names written capitalised, joined by punctuation or a conjunction; only the unit word's case is free
        this.unitAfterList = Pattern.compile("^(?:\\s*(?:,|" + anyOf(english.words("list-conjunctions"))
                + "|&|/|\u2013|-)\\s*\\p{Lu}[\\p{L}'\u2019-]*(?:\\s\\p{Lu}[\\p{L}'\u2019-]*)?)*"
                + "\\s*(?i:" + anyOf(unitWords) + ")\\b");
        Set<String> unitOrFront = new HashSet<>(unitWords);
        unitOrFront.addAll(english.words("front-words"));
        this.unitOrFrontAfter = Pattern.compile("^\\s*" + anyOf(unitOrFront) + "\\b", Pattern.CASE_INSENSITIVE);
        this.unitOrFrontReach = Math.max(12, unitOrFront.stream().mapToInt(String::length).max().orElse(0) + 2);
    }

    /** Whether a word names an administrative unit ("province", or a unit word of the conflict's own). */
    boolean isUnitWord(String word) {
        return unitWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A non-capturing alternation of phrases, longest first, a space matching any white space. */
    private static String anyOf(Collection<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
