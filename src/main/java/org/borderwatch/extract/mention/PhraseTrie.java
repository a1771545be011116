package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.layout.Tokenizer;

/**
 * A dictionary of multi-word phrases matched over tokens, longest match first, in one pass.
 * Phrases written all in capitals ("EU", "MOD") must match with the same case, so that an
 * acronym does not fire on an ordinary word.
 */
public final class PhraseTrie<V> {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Node<V> root = new Node<>();

    /** A match: tokens [from, to) and the value of the phrase. */
    public record Match<V>(int from, int to, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
        List<String> exactSurface;
    }

    public void add(String phrase, V value) {
        List<Token> tokens = TOKENIZER.tokenize(phrase, 0, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.key(), k -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
            boolean acronym = phrase.chars().noneMatch(Character::isLowerCase);
            if (acronym) {
                node.exactSurface = tokens.stream().map(Token::text).toList();
            }
        }
    }

    /** The longest phrase starting at token {@code from}, or null. */
    public Match<V> matchAt(List<Token> tokens, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i).key());
            if (node == null) {
                break;
            }
            if (node.value != null && surfaceFits(node, tokens, from)) {
                best = new Match<>(from, i + 1, node.value);
            }
        }
        return best;
    }

    /** All non-overlapping matches, scanning left to right and preferring the longest. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = matchAt(tokens, i);
            if (m != null) {
                found.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return found;
    }

    private static <V> boolean surfaceFits(Node<V> node, List<Token> tokens, int from) {
        if (node.exactSurface == null) {
            return true;
        }
        for (int k = 0; k < node.exactSurface.size(); k++) {
            if (!node.exactSurface.get(k).equals(tokens.get(from + k).text())) {
                return false;
            }
        }
        return true;
    }
}
