package org.borderwatch.extract.layout;

import org.borderwatch.domain.Span;

/** A word, number or punctuation mark of the clean text; {@code key} is its lower-cased, normalised form. */
public record Token(int start, int end, String text, String key) {
    public Span span() {
        return new Span(start, end);
    }

    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** A table's cell bar: "|" as written, or a pasted table's tab, which the tokenizer turns into one. */
    public boolean isCellBar() {
        return text.equals("|");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A mark that may end a sentence: ".", "!" or "?". */
    public boolean isSentenceStop() {
        return text.equals(".") || text.equals("!") || text.equals("?");
    }

    /** "[" or "(", as a feed's stamp or a picture's caption may open: "[13.09.2022 04:40]", "[Photo: ...]". */
    public boolean opensBracket() {
        return text.equals("[") || text.equals("(");
    }
}
