package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * Names of settlements that neither the gazetteer nor the conflict's list knows, where the sentence itself
 * says they are settlements: "the villages of A and B", "the A and B settlements", "A village". Border
 * incidents happen in small villages, which is where gazetteers are thinnest; a name found this way keeps its
 * spelling and is placed later by the unit the passage names, instead of being lost with its event.
 */
public final class UnlistedSettlements {
    /** Nouns that say the names beside them are settlements: "village", "settlements", ... */
    private static final Set<String> NOUNS = WordLists.english().words("settlement-nouns");
    /** Words that join the names of a list. */
    private static final Set<String> JOINS = WordLists.english().words("name-list-joins");
    /** "region", "district", ...: the name before one is an administrative unit's. */
    private static final Set<String> UNIT_WORDS = WordLists.english().words("unit-words");
    /** A settlement's name has at most this many words ("Verin Shorzha", "Karmir Shuka"). */
    private static final int MAX_NAME_WORDS = 3;

    private final Set<String> notNames;

    /**
     * @param nationalWords token keys of the conflict's country names and adjectives: capitalised, but "Armenian
     *     villages" names no village
     */
    public UnlistedSettlements(Set<String> nationalWords) {
        Set<String> not = new HashSet<>(nationalWords);
        not.addAll(WordLists.english().words("not-settlement-names"));
        this.notNames = Set.copyOf(not);
    }

    /** The settlement names in a sentence's tokens, in text order; none in a headline written in title case. */
    public List<Span> find(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        if (titleCase(tokens)) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!NOUNS.contains(tokens.get(i).key())) {
                continue;
            }
            namesBefore(tokens, i - 1, out);
            int apposition = appositionBefore(tokens, i);
            if (apposition > 0) {
                namesBefore(tokens, apposition, out); // "A, B and C, villages whose ...", "D, a village near E"
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).key().equals("of")) {
                namesAfter(tokens, i + 2, out);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * "villages of A, B and C": names joined by commas and "and", from {@code from} on; not "the X settlement of
     * Y region", where Y is the unit X lies in.
     */
    private void namesAfter(List<Token> tokens, int from, List<Span> out) {
        int i = from;
        while (i < tokens.size()) {
            int end = nameEnd(tokens, i);
            if (end == i || end < tokens.size() && UNIT_WORDS.contains(tokens.get(end).key())) {
                return;
            }
            out.add(new Span(tokens.get(i).start(), tokens.get(end - 1).end()));
            i = end;
            while (i < tokens.size() && JOINS.contains(tokens.get(i).key())) {
                i++;
            }
        }
    }

    /**
     * "the A and B settlements", "A village": names joined by commas and "and", the last ending at {@code last}.
     * The first word of a sentence is capitalised whatever it is, so a name reaching it does not count.
     */
    private void namesBefore(List<Token> tokens, int last, List<Span> out) {
        int end = last;
        while (end > 0 && isNameWord(tokens.get(end))) {
            int start = end;
            while (start > 0 && end - start + 1 < MAX_NAME_WORDS && isNameWord(tokens.get(start - 1))) {
                start--;
            }
            if (start == 0 || end < last && start > 1 && tokens.get(start - 1).key().equals("of")
                    && tokens.get(start - 2).isCapitalised()) {
                return; // "House of Culture, Kulundu village": a name after "X of" ends a building's name, not a list
            }
            out.add(new Span(tokens.get(start).start(), tokens.get(end).end()));
            int join = start - 1;
            if (!JOINS.contains(tokens.get(join).key())) {
                return;
            }
            while (join > 0 && JOINS.contains(tokens.get(join).key())) {
                join--;
            }
            end = join;
        }
    }

    /**
     * The last token of the names a settlement noun stands in apposition to ("Gizilhajili, villages whose ...",
     * "Kesta, a village near ..."): the one before the comma; -1 when the noun is no apposition.
     */
    private static int appositionBefore(List<Token> tokens, int noun) {
        int comma = noun - 1;
        if (comma > 0 && Set.of("a", "the").contains(tokens.get(comma).key())) {
            comma--;
        }
        return comma > 0 && tokens.get(comma).key().equals(",") ? comma - 1 : -1;
    }

    /** Whether most words are capitalised, as in a headline ("Azerbaijan Shells Border Villages"). */
    private static boolean titleCase(List<Token> tokens) {
        long words = tokens.stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
        long capitalised = tokens.stream().filter(Token::isCapitalised).count();
        return words > 0 && capitalised * 2 > words;
    }

    /** The token after a name that starts at {@code from}, or {@code from} when no name starts there. */
    private int nameEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_NAME_WORDS && isNameWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** A capitalised word, each hyphenated part too ("Ovchi-Kalacha", not "Soviet-era"), that is no nationality. */
    private boolean isNameWord(Token t) {
        if (!t.isCapitalised() || t.isNumber() || notNames.contains(t.key())) {
            return false;
        }
        for (String part : t.text().split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || notNames.contains(part.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
