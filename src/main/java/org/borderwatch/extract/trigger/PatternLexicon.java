package org.borderwatch.extract.trigger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * Token patterns, each labelled with a class, loaded from a "CLASS tab pattern" resource. Patterns are
 * indexed by their first literal word so a token is compared only with patterns that can start there.
 */
public final class PatternLexicon {
    /** A match of a labelled pattern over tokens [from, to). */
    public record Hit(String label, int from, int to, TokenPattern pattern) {
    }

    private record Entry(String label, TokenPattern pattern) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<Entry> wildStart = new ArrayList<>();
    private final java.util.Set<String> literals = new java.util.HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    public static PatternLexicon fromResource(String resource) {
        InputStream in = PatternLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + resource);
        }
        PatternLexicon lexicon = new PatternLexicon();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + " line " + number + ": expected CLASS<tab>pattern");
                }
                lexicon.add(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    public void add(String label, String pattern) {
        Entry e = new Entry(label, TokenPattern.parse(pattern));
        for (List<String> part : e.pattern().alternatives()) {
            for (String alternative : part) {
                if (alternative.endsWith("*") && alternative.length() > 1) {
                    prefixes.add(alternative.substring(0, alternative.length() - 1));
                } else if (!alternative.isEmpty() && Character.isLetter(alternative.charAt(0))) {
                    literals.add(alternative);
                }
            }
        }
        List<String> first = e.pattern().firstLiterals();
        if (first.isEmpty()) {
            wildStart.add(e);
        }
        first.forEach(word -> byFirstWord.computeIfAbsent(word, k -> new ArrayList<>()).add(e));
    }

    /**
     * Whether some pattern names {@code key} in one of its parts: as a literal, or by a prefix ("attack*" knows
     * "attacks").
     */
    public boolean knows(String key) {
        return literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
    }

    /** The longest pattern matching at token {@code i}, or null. */
    public Hit matchAt(List<Token> tokens, int i) {
        Hit best = null;
        List<Entry> candidates = byFirstWord.get(tokens.get(i).key());
        if (candidates != null) {
            best = longest(candidates, tokens, i, best);
        }
        return longest(wildStart, tokens, i, best);
    }

    private static Hit longest(List<Entry> entries, List<Token> tokens, int i, Hit best) {
        for (Entry e : entries) {
            int end = e.pattern().matchAt(tokens, i);
            if (end > i && (best == null || end > best.to()) && !(spansAGap(e.pattern()) && endsOnADay(tokens, end))) {
                best = new Hit(e.label(), i, end, e.pattern());
            }
        }
        return best;
    }

    /** Prepositions a pattern may end with to reach the target of an act: "fired ... on", "fire at". */
    private static final java.util.Set<String> TARGET_PREPOSITIONS = java.util.Set.of("on", "upon", "at");
    private static final java.util.Set<String> DAY_WORDS = dayWords();

    private static java.util.Set<String> dayWords() {
        java.util.Set<String> words = new java.util.HashSet<>(WordLists.english().words("month-names"));
        words.addAll(WordLists.english().words("weekday-words"));
        return java.util.Set.copyOf(words);
    }

    /** Whether the pattern reaches over words it does not name ("fire ?? on"), to find the target after them. */
    private static boolean spansAGap(TokenPattern pattern) {
        return pattern.parts().stream().anyMatch(p -> p.equals("??") || p.startsWith("..."));
    }

    /**
     * Whether a match ends with a preposition that opens a day, not a target: "fire from Southian positions on
     * 16.09.2022", "fired at dawn on Tuesday".
     */
    private static boolean endsOnADay(List<Token> tokens, int end) {
        return end < tokens.size() && TARGET_PREPOSITIONS.contains(tokens.get(end - 1).key())
                && (tokens.get(end).isNumber() || DAY_WORDS.contains(tokens.get(end).key()));
    }

    /** Every pattern matching at token {@code i}, whatever its label. */
    public List<Hit> allAt(List<Token> tokens, int i) {
        List<Hit> hits = new ArrayList<>();
        List<Entry> candidates = byFirstWord.getOrDefault(tokens.get(i).key(), List.of());
        for (List<Entry> group : List.of(candidates, wildStart)) {
            for (Entry e : group) {
                int end = e.pattern().matchAt(tokens, i);
                if (end > i) {
                    hits.add(new Hit(e.label(), i, end, e.pattern()));
                }
            }
        }
        return hits;
    }

    /** Non-overlapping hits left to right. */
    public List<Hit> findAll(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit h = matchAt(tokens, i);
            if (h != null) {
                hits.add(h);
                i = h.to();
            } else {
                i++;
            }
        }
        return hits;
    }
}
