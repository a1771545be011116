package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

class TerritoryCuesTest {
    private final TerritoryCues cues = new TerritoryCues(InventedConflict.CONFIG);
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> countries(String text) {
        return cues.countries(tokenizer.tokenize(text, 0, text.length()));
    }

    @Test
    void aSidesPositionsPlaceAPlacelessAttackOnThatSide() {
        assertThat(countries("Units of the Southian army opened fire on Northian military positions.")).containsExactly("Northia");
    }

    @Test
    void theLandNamedOutranksWhereTheForcesStand() {
        // the positions are Southian, but the text says they stand in Northia
        assertThat(countries("Northian troops shelled Southian positions deployed in the Republic of Northia."))
                .containsExactly("Northia", "Southia");
    }

    @Test
    void theTerritoryOfACountryNamesItsLand() {
        assertThat(countries("Southian troops attacked posts on the sovereign territory of Northia.")).containsExactly("Northia");
    }

    @Test
    void noCueNoCountry() {
        assertThat(countries("Shooting was heard overnight.")).isEmpty();
    }
}
