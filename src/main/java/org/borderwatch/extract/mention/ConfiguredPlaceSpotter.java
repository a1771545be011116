package org.borderwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.domain.Span;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.layout.Tokenizer;

/**
 * Finds the places a conflict configuration lists, for development and for running without a
 * gazetteer. Place names must start with a capital in the text, so "sus" in running prose is no place.
 */
public final class ConfiguredPlaceSpotter implements PlaceNameSpotter {
    private final PhraseTrie<String> names = new PhraseTrie<>();
    private final Tokenizer tokenizer = new Tokenizer();

    public ConfiguredPlaceSpotter(ConflictConfig config) {
        for (ConflictConfig.PlaceEntry p : config.places()) {
            names.add(p.name(), p.name());
            p.aliases().forEach(a -> names.add(a, p.name()));
        }
    }

    @Override
    public List<Span> spot(String text) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<Span> spans = new ArrayList<>();
        for (PhraseTrie.Match<String> m : names.findAll(tokens)) {
            Token first = tokens.get(m.from());
            if (first.isCapitalised() || Character.isLowerCase(first.text().charAt(0)) && m.to() - m.from() > 1
                    && tokens.get(m.to() - 1).isCapitalised()) {
                spans.add(new Span(first.start(), tokens.get(m.to() - 1).end()));
            }
        }
        return spans;
    }
}
