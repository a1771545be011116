package org.borderwatch.geo.names;

import java.util.HashSet;
import java.util.Set;
import org.borderwatch.language.LanguageWords;
import org.borderwatch.language.LocalWords;

/**
 * The words geography reads around place names. English ones, and the spelling rules common to Latin
 * transliterations of any language, are in {@code geo/words.yaml} (the unit words it shares with extraction in
 * {@code language/english.yaml}); a conflict's own come from its folder ({@link LocalWords}). Data, not Java, so no
 * conflict's language hides in the code.
 */
public final class GeoWords {
    /** geo/words.yaml */
    public static final LanguageWords ENGLISH = LanguageWords.read("/geo/words.yaml");

    private GeoWords() {
    }

    /** The English administrative unit words and the conflict's own, as English texts write them and as its names
     * carry them in its languages. */
    public static Set<String> unitWords(LocalWords local) {
        Set<String> own = new HashSet<>(local.unitWords());
        own.addAll(local.nameUnitWords());
        return union(LanguageWords.english().words("unit-words"), own);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
