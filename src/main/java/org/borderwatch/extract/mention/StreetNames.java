package org.borderwatch.extract.mention;

import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Token;

/**
 * Place names that are part of a street's or a square's name: towns name their avenues after villages, heroes and
 * other towns ("Baghramyan Avenue", "Nizami Street"), and a crowd on such an avenue was not in the village of that name.
 */
final class StreetNames {
    /** Capitalised words that end a street's or a square's name ("Avenue", "Street", "Prospekt"). */
    private static final Set<String> STREET_WORDS = WordLists.english().words("street-name-ends");

    private StreetNames() {
    }

    /** Whether the place name at {@code span} is followed by a capitalised street word, so names that street. */
    static boolean partOfAStreet(List<Token> tokens, Span span) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).end() == span.end()) {
                Token next = tokens.get(i + 1);
                return next.isCapitalised() && STREET_WORDS.contains(next.key());
            }
        }
        return false;
    }
}
