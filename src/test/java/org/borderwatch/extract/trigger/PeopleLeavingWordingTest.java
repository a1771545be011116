package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A population leaving, told with the people as the subject, on an invented conflict. */
class PeopleLeavingWordingTest {

    @Test
    void aPopulationThatLeftAPlaceIsDisplacementFromThere() {
        assertThat(InventedConflict.extract("From 24 September 2023, over 10,000 people, nearly the entire population,"
                + " left Tarn within a week.", "2023-10-01"))
                .singleElement().satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Tarn"));
    }

    @Test
    void villagersWhoCrossedTheRiverToSafetyAreDisplaced() {
        assertThat(InventedConflict.extract("On 3 May 2023 hundreds of villagers crossed the river from Kesta to Amberly.",
                "2023-05-05")).singleElement().satisfies(e -> assertThat(e.locations()).extracting(Location::name)
                .containsExactly("Kesta"));
    }

    @Test
    void aFamilyThatLeftAPlaceIsDisplacementButAFamilyHomeLeftInRuinsIsNot() {
        assertThat(InventedConflict.extract("On 3 May 2023 the family left Kesta in a neighbour's truck.", "2023-05-05"))
                .singleElement().satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta"));
        assertThat(InventedConflict.extract("On 3 May 2023 the family home in Kesta was left empty.", "2023-05-05")).isEmpty();
    }

    @Test
    void residentsWhoLeftNamedWithWhoWentFirstAreDisplacedButResidentsWhoSpeakAreNot() {
        assertThat(InventedConflict.extract("On 3 May 2023 thousands of residents, above all women and children, have left"
                + " Kesta.", "2023-05-05")).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta"));
        assertThat(InventedConflict.extract("On 3 May 2023 residents said the Southian soldiers had left Kesta.",
                "2023-05-05")).isEmpty();
    }

    @Test
    void departuresOfResidentsThroughACrossingThatWentOnAreDisplacement() {
        assertThat(InventedConflict.extract("On 3 May 2023 the departure of residents of Tarn through the Pellin crossing"
                + " continued.", "2023-05-05")).isNotEmpty();
        assertThat(InventedConflict.extract("3 May 2023. Departures through the Pellin crossing continued during the day.",
                "2023-05-05")).isNotEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 the departure of the delegation from Pellin was delayed.",
                "2023-05-05")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 departures of flights from Northport resumed.", "2023-05-05"))
                .isEmpty();
    }

    @Test
    void familiesTakenAwayByBusAreDisplacedButAVisitByBusIsNot() {
        assertThat(InventedConflict.extract("On 3 May 2023 families with children from Kesta were taken by bus to Amberly.",
                "2023-05-05")).isNotEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 the delegation travelled by bus to Amberly.", "2023-05-05"))
                .isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 Southian reservists were taken by truck to the front near Tarn.",
                "2023-05-05")).isEmpty();
    }
}
