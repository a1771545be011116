package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * Place names that are part of a person's name: a village may share its name with a given name or a surname ("Bako
 * Sahakyan", "Arkadi Ghukasyan"). A name the spotter found right before a capitalised word with one of the region's
 * surname endings, or itself ending so right after a capitalised word, names a person.
 */
final class PersonNames {
    /** Capitalised words that open a phrase, not a given name: "In Ghukasyan ..." is a place. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("the", "in", "at", "near", "of", "from", "to", "and", "on",
            "for", "by", "with", "outside", "around", "towards", "into", "village", "town", "city");
    /** Words after a name that make it a place's, whatever person it honours: "district", "village". */
    private static final Set<String> PLACE_NOUNS = placeNouns();
    /** A surname is longer than its ending by at least this many letters ("Sahakyan", not "Yan"). */
    private static final int MIN_STEM = 3;

    private final List<String> suffixes;

    private final Set<String> nationalWords;

    /** @param nationalWords token keys of the conflict's country names and adjectives: "Armenian" is no surname */
    PersonNames(List<String> surnameSuffixes, Set<String> nationalWords) {
        this.suffixes = List.copyOf(surnameSuffixes);
        this.nationalWords = Set.copyOf(nationalWords);
    }

    /** Whether the place name at {@code span} is a given name or a surname in these tokens. */
    boolean partOfAName(List<Token> tokens, Span span) {
        if (suffixes.isEmpty()) {
            return false;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= span.start() && tokens.get(i).end() <= span.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        if (last + 1 < tokens.size() && PLACE_NOUNS.contains(tokens.get(last + 1).key())) {
            return false; // "Bobojon Ghafurov district": a unit named after a person is a place
        }
        boolean beforeASurname = last + 1 < tokens.size() && surname(tokens.get(last + 1))
                && !(last + 2 < tokens.size() && PLACE_NOUNS.contains(tokens.get(last + 2).key())); // "the X Hansen district"
        boolean surnameAfterAGivenName = first == last && surname(tokens.get(first)) && first > 0
                && word(tokens.get(first - 1)) && !NOT_GIVEN_NAMES.contains(tokens.get(first - 1).key());
        return beforeASurname || surnameAfterAGivenName;
    }

    private static Set<String> placeNouns() {
        Set<String> nouns = new java.util.HashSet<>(WordLists.english().words("unit-words"));
        nouns.addAll(WordLists.english().words("settlement-nouns"));
        return Set.copyOf(nouns);
    }

    private boolean surname(Token t) {
        String k = t.key();
        return word(t) && !nationalWords.contains(k) && suffixes.stream().anyMatch(s -> k.endsWith(s) && k.length() >= s.length() + MIN_STEM);
    }

    /** A capitalised word of letters only. */
    private static boolean word(Token t) {
        String text = t.text();
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter);
    }
}
