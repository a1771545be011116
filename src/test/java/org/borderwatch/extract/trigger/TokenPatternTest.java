package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

class TokenPatternTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private int match(String pattern, String text) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        return TokenPattern.parse(pattern).matchAt(tokens, 0);
    }

    @Test
    void aGapOfThreeTokensIsShort() {
        assertThat(match("subjected ?? to fire", "subjected the Lorva posts to fire")).isEqualTo(6);
        assertThat(match("subjected ?? to fire", "subjected the posts of the guards near Lorva to fire")).isEqualTo(-1);
    }

    @Test
    void aPhraseGapSpansALongObjectButNoClauseBreak() {
        assertThat(match("subjected ... to ?? fire",
                "subjected the posts of the border guards located near the Lorva settlement of the East province to heavy fire"))
                .isEqualTo(19);
        assertThat(match("subjected ... to fire", "subjected the posts to scrutiny; later troops came to fire")).isEqualTo(-1);
        // a place given with its settlement, district and region before "to fire" still fits
        String longObject = "subjected the posts of the Northian army in the Kesta settlement of the Vell district of the"
                + " Highlands Autonomous Province to fire";
        assertThat(match("subjected ... to fire", longObject)).isEqualTo(-1);
        assertThat(match("subjected .... to fire", longObject)).isEqualTo(22);
    }

    @Test
    void aPhrasesLastWordAfterACommaWithAnObjectOfItsOwnStartsAnotherClause() {
        assertThat(match("road ... blocked", "road to Westholm, blocked the Kesta highway")).isEqualTo(-1);
        assertThat(match("road ... closed", "road near Kesta, closed by the police")).isEqualTo(5);
        assertThat(match("road ... halted", "road near Kesta, halted a day earlier")).isEqualTo(5);
    }

    @Test
    void aPartWithAlternativesMatchesAnyOfThem() {
        assertThat(match("rocket*|shells ?? hit|landed", "rockets landed")).isEqualTo(2);
        assertThat(match("rocket*|shells ?? hit|landed", "shells later hit")).isEqualTo(3);
        assertThat(match("rocket*|shells ?? hit|landed", "rockets were counted")).isEqualTo(-1);
        assertThat(match("rocket*|shells ?? hit|landed", "flares landed")).isEqualTo(-1);
    }

    @Test
    void aLexiconFindsALineByEveryLiteralItMayStartWith() {
        PatternLexicon lexicon = new PatternLexicon();
        lexicon.add("REMOTE", "rockets|shells ?? landed");
        for (String text : List.of("shells landed near Lorva", "rockets landed near Lorva")) {
            assertThat(lexicon.findAll(tokenizer.tokenize(text, 0, text.length()))).as(text)
                    .extracting(PatternLexicon.Hit::label).containsExactly("REMOTE");
        }
    }
}
