package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Token;

/**
 * Phrases that place a sentence in a country without naming a place ("inside Armenia", "Azerbaijani
 * positions"), built from the conflict's cue templates and its countries' names and adjectives.
 */
public final class TerritoryCues {
    private final PhraseTrie<String> trie = new PhraseTrie<>();

    public TerritoryCues(ConflictConfig config) {
        for (String template : config.territoryCues()) {
            for (ConflictConfig.Country c : config.countries()) {
                List<String> adjectives = new ArrayList<>(c.adjectives());
                if (template.contains("{adj}")) {
                    for (String adj : adjectives) {
                        trie.add(template.replace("{adj}", adj).replace("{name}", c.name()), c.name());
                    }
                } else {
                    trie.add(template.replace("{name}", c.name()), c.name());
                }
            }
        }
    }

    /** The countries the sentence's cues name, in text order, without repeats. */
    public List<String> countries(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (PhraseTrie.Match<String> m : trie.findAll(tokens)) {
            if (!out.contains(m.value())) {
                out.add(m.value());
            }
        }
        return out;
    }
}
