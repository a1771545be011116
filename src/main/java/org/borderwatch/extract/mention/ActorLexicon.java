package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.layout.Tokenizer;

/**
 * The conflict's actors as a phrase dictionary: every alias from actors.yaml, plus every phrase a
 * role noun forms with a country's names and adjectives ("Azerbaijani troops", "Armenia's Defence
 * Ministry", "Ministry of Defence of Armenia"). A bare country name is found too, marked as such.
 */
public final class ActorLexicon {
    private final PhraseTrie<ActorMention> trie = new PhraseTrie<>();
    private final Map<String, String> countryByWord = new HashMap<>();

    public ActorLexicon(ConflictConfig config) {
        for (ConflictConfig.ActorEntry a : config.actors()) {
            ActorMention ref = new ActorMention(0, 0, a.name(), a.country(), a.role());
            trie.add(a.name(), ref);
            a.aliases().forEach(alias -> trie.add(alias, ref));
            ActorMention official = new ActorMention(0, 0, a.name(), a.country(), a.role(), true);
            a.people().forEach(person -> trie.add(person, official));
        }
        for (ConflictConfig.ActorEntry a : config.actors()) {
            if (a.country() == null || a.role() == null) {
                continue;
            }
            ConflictConfig.Country country = config.country(a.country()).orElse(null);
            if (country == null) {
                continue;
            }
            ActorMention ref = new ActorMention(0, 0, a.name(), a.country(), a.role());
            List<String> names = new ArrayList<>(country.adjectives());
            names.add(country.name());
            names.addAll(country.aliases());
            for (String noun : config.roleNouns().getOrDefault(a.role(), List.of())) {
                for (String n : names) {
                    trie.add(n + " " + noun, ref);
                    trie.add(noun + " of " + n, ref);
                }
                trie.add(noun + " of " + country.name(), ref);
                trie.add(noun + " of the Republic of " + country.name(), ref);
            }
        }
        for (ConflictConfig.Country c : config.countries()) {
            ActorMention bare = new ActorMention(0, 0, null, c.name(), null);
            trie.add(c.name(), bare);
            c.aliases().forEach(alias -> trie.add(alias, bare));
            countryByWord.put(c.name().toLowerCase(Locale.ROOT), c.name());
            c.adjectives().forEach(adj -> countryByWord.put(Tokenizer.key(adj), c.name()));
        }
    }

    public List<ActorMention> find(List<Token> tokens) {
        List<ActorMention> found = new ArrayList<>();
        for (PhraseTrie.Match<ActorMention> m : trie.findAll(tokens)) {
            if (!partOfAPlaceName(tokens, m.from())) {
                found.add(m.value().at(m.from(), m.to()));
            }
        }
        return found;
    }

    /** "the Square of France", "Avenue of Russia": a landmark named after a country names no party. */
    private static boolean partOfAPlaceName(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).key().equals("of") && tokens.get(from - 2).isCapitalised()
                && LANDMARK_HEADS.contains(tokens.get(from - 2).key());
    }

    private static final java.util.Set<String> LANDMARK_HEADS = org.borderwatch.extract.config.WordLists.english()
            .words("landmark-heads");

    /** Lower-cased country names and adjectives to the country they name. */
    public Map<String, String> countryByWord() {
        return Map.copyOf(countryByWord);
    }
}
