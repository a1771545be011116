package org.borderwatch.analysis.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.analysis.text.PhraseList;

/**
 * Finds the parties a text names: a country by its name, adjective or other names ("Russian", "the Kremlin"), an
 * organisation by its names ("CSTO"), a party's officials by theirs. For the register rules that read who mediated,
 * who asked whom: the extractor names actor 1 and actor 2 of an event, not a mediator or an addressee.
 */
public final class ActorLexicon {
    /**
     * A party named in a text. {@code compound} is the word joined to the name by a hyphen, lower-cased
     * ("led" in "Russian-led", "mediated" in "EU-mediated"), or null.
     */
    public record Mention(int start, int end, String party, String compound) {
    }

    private static final Pattern COMPOUND = Pattern.compile("^[\\-\u2010\u2011](\\p{L}+)");

    private final Map<String, String> partyByName = new HashMap<>();
    private final PhraseList names;

    /** @param namesByParty every name a text may use for each party */
    public ActorLexicon(Map<String, List<String>> namesByParty) {
        List<String> all = new ArrayList<>();
        namesByParty.forEach((party, list) -> {
            for (String n : list) {
                if (n != null && n.trim().length() > 1) {
                    partyByName.putIfAbsent(key(n), party);
                    all.add(n.trim());
                }
            }
        });
        this.names = PhraseList.of("party names", all);
    }

    public static ActorLexicon empty() {
        return new ActorLexicon(Map.of());
    }

    /** Every party named in the text, in order; a longer name wins over a shorter one inside it. */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        for (PhraseList.Match m : names.allIn(text)) {
            String party = partyByName.get(key(m.text()));
            if (party != null) {
                Matcher c = COMPOUND.matcher(text.substring(m.end()));
                out.add(new Mention(m.start(), m.end(), party, c.find() ? c.group(1).toLowerCase(Locale.ROOT) : null));
            }
        }
        return out;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]+", " ");
    }
}
