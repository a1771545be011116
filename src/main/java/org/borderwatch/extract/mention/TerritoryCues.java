package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Token;

/**
 * Phrases that place a sentence in a country without naming a place ("inside Armenia", "Azerbaijani
 * military positions"), built from the conflict's cue templates and its countries' names and adjectives.
 * Territorial cues name the land; position cues name where a side's forces stand, which is usually that
 * side's land but not always ("Azerbaijani positions deployed in the Republic of Armenia"), so a
 * territorial cue in the same sentence comes first.
 */
public final class TerritoryCues {
    private final PhraseTrie<String> territorial = new PhraseTrie<>();
    private final PhraseTrie<String> positional = new PhraseTrie<>();

    public TerritoryCues(ConflictConfig config) {
        addAll(territorial, config.territoryCues(), config);
        addAll(positional, config.positionCues(), config);
    }

    private static void addAll(PhraseTrie<String> trie, List<String> templates, ConflictConfig config) {
        for (String template : templates) {
            for (ConflictConfig.Country c : config.countries()) {
                if (template.contains("{adj}")) {
                    for (String adj : c.adjectives()) {
                        trie.add(template.replace("{adj}", adj).replace("{name}", c.name()), c.name());
                    }
                } else {
                    trie.add(template.replace("{name}", c.name()), c.name());
                }
            }
        }
    }

    /**
     * The countries the sentence's cues name, territorial cues first, each in text order, without repeats. Positions a
     * side fires from ("mortar fire from Southian positions") are where the fire came from, not where it fell.
     */
    public List<String> countries(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (PhraseTrie<String> trie : List.of(territorial, positional)) {
            for (PhraseTrie.Match<String> m : trie.findAll(tokens)) {
                boolean origin = trie == positional && m.from() > 0 && tokens.get(m.from() - 1).key().equals("from");
                if (!origin && !out.contains(m.value())) {
                    out.add(m.value());
                }
            }
        }
        return out;
    }
}
