package org.borderwatch.extract.trigger;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.Token;

/**
 * A lexicon pattern over lower-cased token keys: literal words, "x*" for any word starting with x,
 * "?" for any one token, "??" for up to three tokens, "..." for the rest of a phrase: up to sixteen tokens
 * that hold no clause break (";", ".", ":"), and "...." for a long object of up to twenty-four such tokens, as in
 * "subjected .... to fire" ("subjected the positions of X in the Y settlement of the Z district of the W republic to
 * fire"), kept for the patterns whose two ends belong together whatever stands between. A part may list
 * alternatives, "a|b*|c", so one line pairs a set of nouns with a set of verbs ("rocket*|shell* ?? hit|landed")
 * instead of spelling each pairing, which never covers the pairing a new report happens to use.
 */
public record TokenPattern(String source, List<String> parts, List<List<String>> alternatives) {
    private static final int GAP = 3;
    private static final int PHRASE = 16;
    private static final int LONG_OBJECT = 24;
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ".", ":");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** What an article after a participle may open that is no object: "halted a day earlier", "closed the next morning". */
    private static final Set<String> TIME_NOUNS = Set.of("day", "week", "month", "year", "night", "morning", "evening",
            "while", "few", "next", "following", "same", "previous", "little");

    /** Parts are split into their alternatives once here: a lexicon tries its patterns at every token. */
    public static TokenPattern parse(String source) {
        List<String> parts = List.of(source.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return new TokenPattern(source, parts, parts.stream().map(p -> List.of(p.split("\\|"))).toList());
    }

    /** The literals the first token must equal one of, or an empty list when it may start with any token. */
    public List<String> firstLiterals() {
        List<String> first = alternatives.get(0);
        boolean literal = first.stream().noneMatch(a -> a.endsWith("*") || a.startsWith("?") || a.startsWith("..."));
        return literal ? first : List.of();
    }

    /** The end (exclusive) of a match starting at token {@code from}, or -1. */
    public int matchAt(List<Token> tokens, int from) {
        return match(tokens, from, 0);
    }

    private int match(List<Token> tokens, int at, int part) {
        if (part == parts.size()) {
            return at;
        }
        String p = parts.get(part);
        if (p.equals("??") || p.equals("...") || p.equals("....")) {
            int most = p.equals("??") ? GAP : p.equals("...") ? PHRASE : LONG_OBJECT;
            for (int skip = 0; skip <= most && at + skip <= tokens.size(); skip++) {
                if (skip > 0 && CLAUSE_BREAKS.contains(tokens.get(at + skip - 1).key())) {
                    return -1;
                }
                if (p.equals("...") && skip > 0 && verbWithObjectAfterComma(tokens, at + skip, part + 1)) {
                    continue;
                }
                int end = match(tokens, at + skip, part + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= tokens.size()) {
            return -1;
        }
        String key = tokens.get(at).key();
        boolean ok = p.equals("?");
        for (int i = 0; i < alternatives.get(part).size() && !ok; i++) {
            ok = matches(alternatives.get(part).get(i), key);
        }
        return ok ? match(tokens, at + 1, part + 1) : -1;
    }

    /**
     * "cut off from the road to X, blocked the highway": a phrase's last word right after a comma and followed by an
     * article and a noun is a verb with an object of its own, starting another clause ("the road near X, closed by
     * the police" and "the highway, halted a day earlier" still end the phrase).
     */
    private boolean verbWithObjectAfterComma(List<Token> tokens, int at, int part) {
        return part == parts.size() - 1 && tokens.get(at - 1).key().equals(",") && at + 2 < tokens.size()
                && ARTICLES.contains(tokens.get(at + 1).key()) && !TIME_NOUNS.contains(tokens.get(at + 2).key());
    }

    /** A literal equals the key; "x*" is a prefix of it (compared in place, as this runs at every token). */
    private static boolean matches(String alternative, String key) {
        int stem = alternative.length() - 1;
        if (stem < 0) {
            return false; // "a||b" lists an empty alternative, which no token is
        }
        return alternative.charAt(stem) == '*' ? key.length() >= stem && key.regionMatches(0, alternative, 0, stem)
                : key.equals(alternative);
    }
}
