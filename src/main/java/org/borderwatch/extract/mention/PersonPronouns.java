package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.config.WordLists;

/**
 * Resolves "he" and "she" to the official last named before them in the paragraph ("Pashinyan has looked
 * beyond Moscow. On 13 September he asked Putin for help"): the pronoun becomes a mention of the actor that
 * official acts for. Only named officials are candidates, so a government named by its capital never is.
 */
final class PersonPronouns {
    private static final WordLists WORDS = WordLists.english();

    private static final Set<String> PRONOUNS = WORDS.words("pronouns");

    /** The mentions of one sentence with its pronouns resolved, and the last official named by its end. */
    record Resolved(List<ActorMention> mentions, ActorMention lastPerson) {
        Resolved {
            mentions = List.copyOf(mentions);
        }
    }

    private PersonPronouns() {
    }

    /** @param lastPerson the last official named earlier in the paragraph, or null */
    static Resolved resolve(List<Token> tokens, List<ActorMention> found, ActorMention lastPerson) {
        List<ActorMention> out = new ArrayList<>(found);
        for (int i = 0; i < tokens.size(); i++) {
            if (!PRONOUNS.contains(tokens.get(i).key())) {
                continue;
            }
            int at = i;
            ActorMention referent = found.stream().filter(m -> m.person() && m.to() <= at)
                    .max(Comparator.comparingInt(ActorMention::from)).orElse(lastPerson);
            if (referent != null) {
                out.add(referent.at(i, i + 1));
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::from));
        ActorMention last = found.stream().filter(ActorMention::person).max(Comparator.comparingInt(ActorMention::from))
                .orElse(lastPerson);
        return new Resolved(out, last);
    }
}
