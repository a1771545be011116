package org.borderwatch.extract.layout;

import java.util.List;
import org.borderwatch.domain.Span;

/** A sentence with its tokens and the paragraph it belongs to. */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The clean-text span of tokens [from, to). */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
