package org.borderwatch.extract.trigger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * A chronology tells its items in the present ("12 May – Troops enter Kesta and block the road"), while the trigger
 * lexicon names acts in the past. In an item, a word the lexicon does not know is read as the past form it does know
 * ("enter" as "entered", "launches" as "launched", "leave" as "left"); words it knows already ("attacks", "talks")
 * keep their reading. Outside chronology items the present stays a habit or a plan and is left alone.
 */
public final class ChronologyTense {
    private static final WordLists WORDS = WordLists.english();
    private static final Map<String, String> IRREGULAR = pairs(WORDS.ordered("irregular-past"));
    /** Present forms that are nouns far more often than verbs: "small arms" is no "armed". */
    private static final Set<String> NOT_VERBS = WORDS.words("chronology-present-skip");
    private static final Set<String> DETERMINERS = WORDS.words("chronology-noun-before");
    private static final Set<String> NOUN_FOLLOWERS = WORDS.words("chronology-noun-after");

    private final PatternLexicon lexicon;

    public ChronologyTense(PatternLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The item's tokens, each present form the lexicon does not know read as its past form. */
    public List<Token> asPast(List<Token> tokens) {
        List<Token> read = new ArrayList<>(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String key = t.key();
            if (key.length() < 3 || NOT_VERBS.contains(key) || lexicon.knows(key) || nounPosition(tokens, i)) {
                continue;
            }
            for (String past : pastForms(key)) {
                if (lexicon.knows(past)) {
                    read.set(i, new Token(t.start(), t.end(), t.text(), past));
                    break;
                }
            }
        }
        return read;
    }

    /** "the use of drones", "release of detainees": a word after a determiner or before "of" is a noun, not the item's verb. */
    private static boolean nounPosition(List<Token> tokens, int i) {
        return i > 0 && DETERMINERS.contains(tokens.get(i - 1).key())
                || i + 1 < tokens.size() && NOUN_FOLLOWERS.contains(tokens.get(i + 1).key());
    }

    /** Candidate past forms of a present form, most likely first. */
    static List<String> pastForms(String present) {
        List<String> forms = new ArrayList<>();
        String stem = present.endsWith("s") ? present.substring(0, present.length() - 1) : present;
        String irregular = IRREGULAR.getOrDefault(present, IRREGULAR.get(stem)); // "leave", "leaves", "takes"
        if (irregular != null) {
            forms.add(irregular);
            return forms;
        }
        if (present.endsWith("ies")) {
            forms.add(present.substring(0, present.length() - 3) + "ied");
        } else if (present.endsWith("es")) {
            forms.add(present.substring(0, present.length() - 2) + "ed"); // launches, crosses
            forms.add(present.substring(0, present.length() - 1) + "d"); // moves, agrees
        } else if (present.endsWith("s") && !present.endsWith("ss")) {
            forms.add(stem + "ed"); // blocks
        } else if (present.endsWith("y") && present.length() > 1 && !isVowel(present.charAt(present.length() - 2))) {
            forms.add(present.substring(0, present.length() - 1) + "ied");
        } else if (present.endsWith("e")) {
            forms.add(present + "d"); // agree, seize
        } else {
            forms.add(present + "ed"); // enter, block
            forms.add(present + present.charAt(present.length() - 1) + "ed"); // stop
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static Map<String, String> pairs(List<String> entries) {
        Map<String, String> map = new HashMap<>();
        for (String entry : entries) {
            String[] words = entry.trim().split("\\s+");
            if (words.length != 2) {
                throw new IllegalStateException("irregular-past entry needs a present and a past form: " + entry);
            }
            map.put(words[0], words[1]);
        }
        return Map.copyOf(map);
    }
}
