package org.borderwatch.analysis.territory;

import java.math.BigDecimal;

/**
 * A figure as a text states it, with the words that qualify it ("about 10", "up to 3.5", "at least 40"), so a
 * register shows the range the source gives and never a figure more precise than the source.
 */
public record StatedFigure(double value, Qualifier qualifier, String unit) {
    public enum Qualifier {
        EXACT(""), ABOUT("about "), UP_TO("up to "), NEARLY("nearly "), AT_LEAST("at least "), MORE_THAN("more than ");

        private final String words;

        Qualifier(String words) {
            this.words = words;
        }
    }

    /** The least the source allows, null when it gives no lower bound ("up to 3.5"). */
    public Double low() {
        return qualifier == Qualifier.UP_TO || qualifier == Qualifier.NEARLY ? null : value;
    }

    /** The most the source allows, null when it gives no upper bound ("at least 40"). */
    public Double high() {
        return qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN ? null : value;
    }

    /** "about 10 km²": the number with the digits the text gave, no more. */
    public String text() {
        return qualifier.words + number(value) + (unit == null ? "" : " " + unit);
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
