package org.borderwatch.geo.names;

import java.util.List;
import org.borderwatch.language.LocalWords;

/**
 * Respells a name written in a Latin alphabet of the conflicts' region the way English texts usually spell it, with
 * the alphabets and letters the conflicts' folders configure; names in none of the configured alphabets pass
 * unchanged. Used for display names of units whose gazetteer name is not English.
 */
public final class EnglishSpelling {
    private final List<LocalWords.Alphabet> alphabets;

    /** The first alphabet whose marker letters a name contains respells it. */
    public EnglishSpelling(List<LocalWords.Alphabet> alphabets) {
        this.alphabets = List.copyOf(alphabets);
    }

    public String of(String name) {
        LocalWords.Alphabet alphabet = alphabets.stream().filter(a -> writtenIn(name, a)).findFirst().orElse(null);
        if (alphabet == null) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String lower = String.valueOf(Character.toLowerCase(c));
            String r = alphabet.letters().getOrDefault(lower, lower);
            out.append(Character.isUpperCase(c) && !r.isEmpty() ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r);
        }
        return out.toString();
    }

    private static boolean writtenIn(String name, LocalWords.Alphabet a) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (a.markers().indexOf(c) >= 0 || a.markers().indexOf(Character.toLowerCase(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
