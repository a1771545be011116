package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

class ActorLexiconTest {
    private final ActorLexicon lexicon = new ActorLexicon(ConflictConfig.defaultConflict());
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> actors(String text) {
        return lexicon.find(tokenizer.tokenize(text, 0, text.length())).stream()
                .map(m -> m.actor() != null ? m.actor() : "country:" + m.country()).toList();
    }

    @Test
    void aliasesAndRolePhrasesNormaliseToCanonicalNames() {
        assertThat(actors("Azeri troops")).containsExactly("Military Forces of Azerbaijan");
        assertThat(actors("Azerbaijani servicemen")).containsExactly("Military Forces of Azerbaijan");
        assertThat(actors("the Armenian MoD")).containsExactly("Armenian Ministry of Defence");
        assertThat(actors("Armenia\u2019s Defense Ministry")).containsExactly("Armenian Ministry of Defence");
        assertThat(actors("Baku responded")).containsExactly("Government of Azerbaijan");
        assertThat(actors("the CSTO")).containsExactly("Collective Security Treaty Organization");
    }

    @Test
    void aLandmarkNamedAfterACountryNamesNoParty() {
        ActorLexicon invented = new ActorLexicon(org.borderwatch.extract.InventedConflict.CONFIG);
        String text = "Crowds gathered on the Square of Westmark in Northport before Westmark sent observers.";
        assertThat(invented.find(tokenizer.tokenize(text, 0, text.length()))).hasSize(1)
                .allMatch(m -> m.from() > 8 && "Westmark".equals(m.country()));
    }

    @Test
    void aBareCountryIsLeftForTheEventToDecide() {
        assertThat(actors("Armenia appealed")).containsExactly("country:Armenia");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(actors("the eu of us")).isEmpty();
        assertThat(actors("the EU")).containsExactly("European Union");
    }
}
