package org.borderwatch.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (letters, digits, inner hyphens, dots and commas of numbers), the possessive
 * "'s" and single punctuation marks. Curly apostrophes and dashes are normalised in the token key
 * so lexicons need one spelling.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\t') {
                // the cleaner keeps a tab only between the cells of a pasted table's row: it reads as a cell bar
                tokens.add(new Token(i, i + 1, "|", "|"));
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '.' || d == ',') && i + 1 < to
                            && Character.isLetterOrDigit(text.charAt(i + 1))
                            && (d == '-' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))
                                || d == '.' && isAbbreviationDot(text, start, i))) {
                        i++;
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                            && !(Character.toLowerCase(text.charAt(i + 1)) == 's'
                                && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))))) {
                        i++; // inner apostrophe as in "didn't"; the possessive 's becomes its own token
                    } else {
                        break;
                    }
                }
                // a trailing dot of a known single-letter abbreviation chain such as "U.S." or "D.C."
                if (i < to && text.charAt(i) == '.' && i - start >= 2 && text.charAt(i - 2) == '.') {
                    i++;
                }
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && Character.toLowerCase(text.charAt(i + 1)) == 's'
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))) && i > from
                    && Character.isLetter(text.charAt(i - 1))) {
                i += 2;
            } else {
                i++;
            }
            String surface = text.substring(start, i);
            tokens.add(new Token(start, i, surface, key(surface)));
        }
        return tokens;
    }

    private static boolean isAbbreviationDot(String text, int start, int dot) {
        return dot - start == 1 && Character.isUpperCase(text.charAt(start));
    }

    public static String key(String surface) {
        String k = surface.toLowerCase(Locale.ROOT);
        if (k.indexOf('\u2019') >= 0) {
            k = k.replace('\u2019', '\'');
        }
        if (k.indexOf('\u2013') >= 0 || k.indexOf('\u2014') >= 0) {
            k = k.replace('\u2013', '-').replace('\u2014', '-');
        }
        return k;
    }
}
