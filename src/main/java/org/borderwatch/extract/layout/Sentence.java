package org.borderwatch.extract.layout;

import java.util.List;
import org.borderwatch.domain.Span;

/** A sentence with its tokens and the paragraph it belongs to. */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The tokens [from, to) of this sentence that a clean-text span touches, or null when it touches none. */
    public int[] tokenRange(Span span) {
        return tokenRange(tokens, span);
    }

    /** The tokens [from, to) of {@code tokens} that a clean-text span touches, or null when it touches none. */
    public static int[] tokenRange(List<Token> tokens, Span span) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > span.start() && t.start() < span.end()) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            }
        }
        return from < 0 ? null : new int[] {from, to};
    }

    /** Where the clause going on at {@code from} ends: at the next comma or semicolon, else at the sentence's end. */
    public static int clauseEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !tokens.get(end).key().equals(",") && !tokens.get(end).key().equals(";")) {
            end++;
        }
        return end;
    }

    /** Whether a token among [from, to) of {@code tokens} (clamped to the list) has one of {@code keys} as its key. */
    public static boolean anyKeyIn(List<Token> tokens, int from, int to, java.util.Set<String> keys) {
        for (int i = Math.max(0, from); i < Math.min(tokens.size(), to); i++) {
            if (keys.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** The clean-text span of tokens [from, to). */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
