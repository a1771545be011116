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
            names.add(ConflictConfig.nameKey(p.name()), p.name());
            p.aliases().forEach(a -> names.add(ConflictConfig.nameKey(a), p.name()));
        }
    }

    @Override
    public List<Span> spot(String text) {
        List<Token> tokens = nameWords(tokenizer.tokenize(text, 0, text.length()));
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

    /**
     * The words names are matched on, spelt as {@link ConflictConfig#nameKey} spells a listed name: a word of capitalised
     * parts joined by hyphens is its parts and apostrophes inside a word are dropped ("Qal'acha" is "qalacha"), each part keeping its span.
     */
    private static List<Token> nameWords(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String text = t.text();
            if (text.indexOf('-') < 0 && t.key().indexOf('\'') < 0) {
                out.add(t);
                continue;
            }
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                // a hyphen joins a name's capitalised words ("Tort-Kocho"), not a place to a word ("Lorva-born")
                if (i == text.length() || text.charAt(i) == '-' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))) {
                    if (i > from) {
                        String part = text.substring(from, i);
                        out.add(new Token(t.start() + from, t.start() + i, part, ConflictConfig.nameKey(part)));
                    }
                    from = i + 1;
                }
            }
        }
        return out;
    }
}
