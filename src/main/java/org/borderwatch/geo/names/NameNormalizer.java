package org.borderwatch.geo.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.language.LanguageWords;
import org.borderwatch.language.LocalWords;

/**
 * Turns place names into comparison keys that survive the ways the same name is written in Latin
 * script: transliterations from the conflict's languages ("Khankendi"/"Hankendi", "Jermuk"/"Dzhermuk"),
 * diacritics, and the generic words around a name ("Syunik Province", "Lake Sev", "Sev Lake"). Which words are generic and which letters and sounds transliterations disagree on
 * is data: English and common rules in {@code geo/words.yaml}, the conflict's own in its folder
 * ({@link LocalWords}); one normaliser is built per conflict's geography.
 *
 * <p>Two keys: {@link #fold} keeps the spelling (only case, diacritics, punctuation and generic words
 * go), {@link #phonetic} also merges the sounds transliterations disagree on. A match on the folded key
 * is stronger evidence than a match on the phonetic key alone.
 */
public final class NameNormalizer {
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words that say what kind of place a name is rather than which one: units, settlements, "autonomous". */
    private final Set<String> generic;
    /** Words for a lake, in English and the conflict's languages, stripped so "Lake Sev" and "Sev Lake" meet. */
    private final Set<String> lakeWords;
    /** Words before a name that are not part of it ("the northern"). */
    private final Set<String> leadingNoise;
    /** Letters spelt out before diacritics are dropped, in order. */
    private final List<String[]> letters = new ArrayList<>();
    /** Spellings merged in the phonetic key, in order. */
    private final List<String[]> sounds = new ArrayList<>();

    /** The normaliser of a conflict whose own words are {@code local}. */
    public NameNormalizer(LocalWords local) {
        LanguageWords english = GeoWords.ENGLISH;
        Set<String> g = new HashSet<>(GeoWords.unitWords(local));
        g.addAll(english.words("settlement-words"));
        g.addAll(english.words("unit-qualifiers"));
        g.addAll(local.nameSettlementWords());
        this.generic = Set.copyOf(g);
        this.lakeWords = GeoWords.union(english.words("lake-words"), Set.copyOf(local.lakeWords()));
        this.leadingNoise = GeoWords.union(english.words("name-leading-words"), english.words("direction-words"));
        for (LocalWords.Transliteration t : List.of(english.transliteration(), local.transliteration())) {
            t.letters().forEach((letter, spelling) -> letters.add(new String[] {letter, spelling}));
            t.soundsAlike().forEach(pair -> sounds.add(new String[] {pair.get(0), pair.get(1)}));
        }
    }

    /** Lower case, Latin letters without diacritics, one space between words, generic words removed. */
    public String fold(String name) {
        String s = name.indexOf('(') >= 0 ? PARENTHESES.matcher(name).replaceAll(" ") : name;
        s = s.toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            for (String[] l : letters) {
                s = s.replace(l[0], l[1]);
            }
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
                // apostrophes mark aspiration or a glottal stop in transliterations: Kut' = Kut, Qal'a = Qala
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        int start = 0;
        while (start < tokens.size() - 1 && leadingNoise.contains(tokens.get(start))) {
            start++;
        }
        for (int i = start; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean last = tokens.size() - start > 1;
            if (last && (generic.contains(t) || lakeWords.contains(t))) {
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
     * One word folded for exact matching: lower case, the conflict's letters spelt out, diacritics and
     * apostrophes removed. Pure-ASCII words (most of an English text) take a fast path.
     */
    public String foldToken(CharSequence word) {
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
    public String phoneticOfFolded(String folded) {
        return phoneticKey(folded);
    }

    /** True when the name says it is a lake ("Lake Sev", or with a lake word of the conflict's languages). */
    public boolean namesLake(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (lakeWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded key with the sounds transliterations disagree on merged (the configured pairs: kh/h, sh/s,
     * ch/ts/j/dzh/zh, y/i, e/a, and the conflict's own), doubled letters, an initial Ye/E, and a final -i/-a on
     * longer words.
     */
    public String phonetic(String name) {
        return phoneticKey(fold(name));
    }

    private String phoneticKey(String folded) {
        String s = folded;
        for (String[] sound : sounds) {
            s = s.replace(sound[0], sound[1]);
        }
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
