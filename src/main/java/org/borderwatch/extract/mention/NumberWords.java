package org.borderwatch.extract.mention;

import java.util.Map;
import org.borderwatch.extract.layout.Token;

/**
 * Reads a token as a count: digits ("1,200"), number words up to twenty and tens, and the vague
 * quantities ACLED's codebook fixes ("several" 3, "dozens" 12, "a dozen" 12, "hundreds" 100).
 */
public final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000), Map.entry("several", 3),
            Map.entry("dozens", 12),
            Map.entry("dozen", 12), Map.entry("hundreds", 100), Map.entry("thousands", 1000),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("another", 1), Map.entry("both", 2),
            Map.entry("couple", 2), Map.entry("few", 3));

    private NumberWords() {
    }

    /** The count a lower-cased word stands for ("eleven", "a", "several"), or null; digits are not read here. */
    public static Integer ofWord(String word) {
        return WORDS.get(word);
    }

    /** The count a token stands for, or null. "a"/"an"/"another" count only when {@code articles} is set. */
    public static Integer value(Token token, boolean articles) {
        String k = token.key();
        if (token.isNumber()) {
            String digits = k.replace(",", "");
            if (digits.matches("\\d{1,7}")) {
                return Integer.parseInt(digits);
            }
            return null;
        }
        if (!articles && (k.equals("a") || k.equals("an") || k.equals("another") || k.equals("both"))) {
            return null;
        }
        return WORDS.get(k);
    }

    /** A number told in several words, and the index of the token after it. */
    public record Compound(int value, int end) {
    }

    private static final java.util.Set<String> MULTIPLIERS = java.util.Set.of("hundred", "thousand");
    private static final java.util.Set<String> VAGUE = java.util.Set.of("several", "dozens", "dozen", "hundreds",
            "thousands", "another", "both", "couple", "few");

    /**
     * A number written in words across tokens {@code [from, to)}: "one hundred" 100, "two hundred and five" 205,
     * "a thousand" 1000, "forty two" 42; null when the number takes a single word (read by {@link #value}).
     */
    public static Compound compound(java.util.List<Token> tokens, int from, int to) {
        int total = 0;
        int current = 0;
        int i = from;
        boolean afterMultiplier = false;
        while (i < to) {
            String k = tokens.get(i).key();
            Integer v = WORDS.get(k);
            boolean article = k.equals("a") || k.equals("an");
            if (v != null && MULTIPLIERS.contains(k) && i > from) {
                if (k.equals("thousand")) {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                } else {
                    current = Math.max(current, 1) * 100;
                }
                afterMultiplier = true;
            } else if (k.equals("and") && afterMultiplier && i + 1 < to && WORDS.get(tokens.get(i + 1).key()) != null
                    && !VAGUE.contains(tokens.get(i + 1).key()) && !MULTIPLIERS.contains(tokens.get(i + 1).key())) {
                afterMultiplier = false; // "two hundred and five"
            } else if (v != null && !VAGUE.contains(k) && !MULTIPLIERS.contains(k) && !(article && i > from)
                    && (i == from || afterMultiplier || continuesTheNumber(current, v))) {
                if (article && (i + 1 >= to || !MULTIPLIERS.contains(tokens.get(i + 1).key()))) {
                    break; // "a" counts one only before "hundred" or "thousand" here
                }
                current += v;
                afterMultiplier = false;
            } else {
                break;
            }
            i++;
        }
        return i - from > 1 ? new Compound(total + current, i) : null;
    }

    /** "forty" then "two", "one hundred" then "twenty": a word that fills the next free place of the number so far. */
    private static boolean continuesTheNumber(int current, int v) {
        return v < 10 && current % 10 == 0 && current % 100 >= 20 || v >= 10 && current % 100 == 0;
    }

    public static Double decimal(String text) {
        String t = text.replace(",", "");
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(t);
        }
        Integer w = WORDS.get(t.toLowerCase(java.util.Locale.ROOT));
        return w == null ? null : w.doubleValue();
    }
}
