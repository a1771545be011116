package org.borderwatch.geo.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns place names into comparison keys that survive the ways the same name is written in Latin
 * script: Armenian, Azerbaijani and Russian transliterations ("Khankendi"/"Xankəndi"/"Hankendi",
 * "Shusha"/"Şuşa"/"Susa", "Aghdam"/"Ağdam"/"Agdam", "Jermuk"/"Cermuk"/"Dzhermuk"), diacritics, and
 * the generic words around a name ("Syunik Province", "Kalbajar District", "Lake Sev", "Sev Lich").
 *
 * <p>Two keys: {@link #fold} keeps the spelling (only case, diacritics, punctuation and generic words
 * go), {@link #phonetic} also merges the sounds transliterations disagree on. A match on the folded key
 * is stronger evidence than a match on the phonetic key alone.
 */
public final class NameNormalizer {
    /** Words that say what kind of unit a name is rather than which one. */
    private static final Set<String> GENERIC = Set.of(
            "province", "provinces", "region", "district", "rayon", "rayonu", "raion", "raioni", "marz", "marzi",
            "oblast", "oblast'", "city", "town", "village", "community", "municipality", "sheheri", "seheri",
            "respublikasi", "autonomous", "republic");
    /** Words for a lake in the languages of the region, stripped so "Lake Sev", "Sev Lake" and "Sev Lich" meet. */
    private static final Set<String> LAKE_WORDS = Set.of("lake", "lich", "gol", "göl", "ozero", "lac");
    private static final Set<String> LEADING_NOISE = Set.of(
            "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
            "upper", "lower");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameNormalizer() {
    }

    /** Lower case, Latin letters without diacritics, one space between words, generic words removed. */
    public static String fold(String name) {
        String s = name.indexOf('(') >= 0 ? PARENTHESES.matcher(name).replaceAll(" ") : name;
        s = s.toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            s = s.replace('ə', 'a').replace('ı', 'i').replace('ß', 's')
                    .replace("ş", "sh").replace("ç", "ch").replace("ğ", "gh");
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        StringBuilder words = new StringBuilder(s.length());
        StringBuilder word = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘') {
                // apostrophes mark aspiration in Armenian transliteration: Kut' = Kut
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        int start = 0;
        while (start < tokens.size() - 1 && LEADING_NOISE.contains(tokens.get(start))) {
            start++;
        }
        for (int i = start; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean last = tokens.size() - start > 1;
            if (last && (GENERIC.contains(t) || LAKE_WORDS.contains(t))) {
                continue;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(t);
        }
        return words.toString();
    }

    /**
     * Spells a name written in the Azerbaijani Latin alphabet the way English texts usually do
     * (Şuşa → Shusha, Kəlbəcər → Kalbajar, Naxçıvan → Nakhchivan); other names pass unchanged.
     * Used for display names of units whose source name is in Azerbaijani.
     */
    public static String englishSpelling(String name) {
        // q and x are hardly ever in English spellings of this region's names, but common in Azerbaijani (Qazax)
        boolean azerbaijani = name.chars().anyMatch(c -> "əƏşŞçÇğĞıİöÖüÜqQxX".indexOf(c) >= 0);
        if (!azerbaijani) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            String r = switch (Character.toLowerCase(c)) {
                case 'ə' -> "a";
                case 'ş' -> "sh";
                case 'ç' -> "ch";
                case 'ğ' -> "gh";
                case 'x' -> "kh";
                case 'q' -> "g";
                case 'c' -> "j";
                case 'ı', 'i' -> "i";
                case 'ö' -> "o";
                case 'ü' -> "u";
                default -> String.valueOf(Character.toLowerCase(c));
            };
            out.append(upper ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r);
        }
        return out.toString();
    }

    /**
     * One word folded for exact matching: lower case, Azerbaijani letters spelt out, diacritics and
     * apostrophes removed. Pure-ASCII words (most of an English text) take a fast path.
     */
    public static String foldToken(CharSequence word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            StringBuilder out = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c != '\'' && c != '`') {
                    out.append(Character.toLowerCase(c));
                }
            }
            return out.toString();
        }
        return fold(word.toString()).replace(" ", "");
    }

    /** True when every letter of the name is Latin (the spotter reads Latin-script texts). */
    public static boolean isLatin(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The phonetic key of a name already folded with {@link #fold} (saves folding twice). */
    public static String phoneticOfFolded(String folded) {
        return phoneticKey(folded);
    }

    /** True when the name says it is a lake ("Lake Sev", "Sev Lich"). */
    public static boolean namesLake(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (LAKE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded key with the sounds transliterations disagree on merged: kh/x/h, gh/g/q, sh/s,
     * ch/ts/c/j/dzh/zh, y/i, e/a/ə, ü/u, ö/o, doubled letters, and a final -i/-y/-yi.
     */
    public static String phonetic(String name) {
        return phoneticKey(fold(name));
    }

    private static String phoneticKey(String folded) {
        // Azerbaijani letters fold() has already spelt out: x = kh, q = g, c = j (Cəbrayıl = Jabrayil).
        String s = folded;
        s = s.replace("dzh", "j").replace("dj", "j").replace("tch", "j").replace("ch", "j").replace("ts", "j")
                .replace("zh", "j").replace('c', 'j')
                .replace("sh", "s") // before kh → h, or the s+kh of Yeraskh would turn into sh → s
                .replace("kh", "h").replace('x', 'h')
                .replace("gh", "g").replace('q', 'g')
                .replace('w', 'v').replace('y', 'i').replace('e', 'a').replace('o', 'o');
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("ia")) {
                word = "a" + word.substring(2); // Yerevan = Erevan, Yeraskh = Eraskh
            }
            StringBuilder w = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (w.length() > 0 && w.charAt(w.length() - 1) == c) {
                    continue;
                }
                w.append(c);
            }
            // Final vowels vary between transliterations: Verishen/Verisheni, Shushi/Shusha, Agdara/Aghdere.
            while (w.length() > 4 && "ia".indexOf(w.charAt(w.length() - 1)) >= 0) {
                w.setLength(w.length() - 1);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }
}
