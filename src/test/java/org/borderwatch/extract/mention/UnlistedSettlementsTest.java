package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

class UnlistedSettlementsTest {
    private final UnlistedSettlements settlements = new UnlistedSettlements(Set.of("northian", "southian", "northia"));
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> names(String text) {
        return settlements.find(tokenizer.tokenize(text, 0, text.length())).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void namesListedAfterTheNounAreSettlements() {
        assertThat(names("Southian troops fired on the villages of Orvel, Tass-Mara and Upper Kinn of the East district."))
                .containsExactly("Orvel", "Tass-Mara", "Upper Kinn");
    }

    @Test
    void namesBeforeTheNounAreSettlementsUnlessTheSentenceStartsWithThem() {
        assertThat(names("Shells hit the Orvel and Tass-Mara settlements overnight.")).containsExactly("Orvel", "Tass-Mara");
        assertThat(names("Residents left Orvel village on Monday.")).containsExactly("Orvel");
        assertThat(names("Orvel village was hit.")).isEmpty();
    }

    @Test
    void namesTheNounStandsInAppositionToAreSettlements() {
        assertThat(names("Troops took control of Orvel, Upper Kinn and Tass-Mara, villages whose residents fled long ago."))
                .containsExactly("Orvel", "Upper Kinn", "Tass-Mara");
        assertThat(names("Shells fell on Orvel, a village near the border.")).containsExactly("Orvel");
    }

    @Test
    void aNameEndingABuildingsNameIsNoSettlementOfTheList() {
        // "House of Culture" names a building; the list of settlements is the one name before "village"
        assertThat(names("The roof of the House of Culture, Orvel village, was hit.")).containsExactly("Orvel");
    }

    @Test
    void heightsAreNamedLikeSettlements() {
        assertThat(names("Troops took the Orvel height and fired near the Tass-Mara height.")).containsExactly("Orvel", "Tass-Mara");
    }

    @Test
    void nationalitiesQualifiersAndUnitsAreNoSettlements() {
        assertThat(names("Shells hit several Northian villages and Southian-held villages.")).isEmpty();
        assertThat(names("They fired from the Orvel settlement of Kinn region.")).containsExactly("Orvel");
        assertThat(names("Gunfire hit the Soviet-era village at dawn.")).isEmpty();
    }

    @Test
    void aHeadlineInTitleCaseIsNotRead() {
        assertThat(names("Southia Shells Orvel Village Again")).isEmpty();
    }
}
