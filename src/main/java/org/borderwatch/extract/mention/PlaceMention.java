package org.borderwatch.extract.mention;

import org.borderwatch.domain.Span;

/** A place name found in a sentence: its span, the token range, and the text as the document spells it. */
public record PlaceMention(Span span, int fromToken, int toToken, String name) {
}
