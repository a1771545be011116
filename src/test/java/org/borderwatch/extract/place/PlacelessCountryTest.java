package org.borderwatch.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.config.ConflictConfig;
import org.junit.jupiter.api.Test;

class PlacelessCountryTest {
    private final PlacelessCountry places = new PlacelessCountry(ConflictConfig.defaultConflict());

    @Test
    void placelessEventsArePlacedByWhatTheirActorsSay() {
        assertThat(places.of(org.borderwatch.domain.SubEventType.SHELLING_ARTILLERY_MISSILE,
                "Military Forces of Azerbaijan", "Military Forces of Armenia")).contains("Armenia");
        assertThat(places.of(org.borderwatch.domain.SubEventType.ARMED_CLASH,
                "Military Forces of Azerbaijan", "Artsakh Defence Army")).contains("Azerbaijan");
        assertThat(places.of(org.borderwatch.domain.SubEventType.OTHER,
                "Government of Azerbaijan", null)).contains("Azerbaijan");
        // a clash between the two states' forces with no place named stays unplaced, as do a mediator's acts
        assertThat(places.of(org.borderwatch.domain.SubEventType.ARMED_CLASH,
                "Military Forces of Azerbaijan", "Military Forces of Armenia")).isEmpty();
        assertThat(places.of(org.borderwatch.domain.SubEventType.OTHER, "Government of Russia", null)).isEmpty();
        assertThat(places.of(org.borderwatch.domain.SubEventType.AGREEMENT,
                "Government of Armenia", "Government of Azerbaijan")).isEmpty();
    }

    @Test
    void whatAMissionSentFromAbroadDoesOrSuffersIsInItsTheatre() {
        PlacelessCountry invented = new PlacelessCountry(org.borderwatch.extract.InventedConflict.CONFIG);
        assertThat(invented.of(org.borderwatch.domain.SubEventType.OTHER,
                "Westmark Monitoring Mission", "Civilians (Northia)")).contains("Northia");
        assertThat(invented.of(org.borderwatch.domain.SubEventType.ARMED_CLASH,
                "Military Forces of Southia", "Westmark Monitoring Mission")).contains("Northia");
        // an accord the mission witnesses is not placed by it, and the sending state's own acts stay unplaced
        assertThat(invented.of(org.borderwatch.domain.SubEventType.AGREEMENT,
                "Government of Northia", "Westmark Monitoring Mission")).isEmpty();
        assertThat(invented.of(org.borderwatch.domain.SubEventType.OTHER, "Government of Westmark", null)).isEmpty();
    }

    @Test
    void aMeetingAMediatingGovernmentHoldsIsInItsCountry() {
        PlacelessCountry invented = new PlacelessCountry(org.borderwatch.extract.InventedConflict.CONFIG);
        assertThat(invented.of(org.borderwatch.domain.SubEventType.OTHER, "Government of Westmark", "Government of Northia",
                "The Westmark president held separate talks with the two leaders.")).contains("Westmark");
        // a party's own meeting says nothing of where it met, nor does a mediator's statement
        assertThat(invented.of(org.borderwatch.domain.SubEventType.OTHER, "Government of Northia", "Government of Southia",
                "The two presidents met again.")).isEmpty();
        assertThat(invented.of(org.borderwatch.domain.SubEventType.OTHER, "Government of Westmark", "Government of Northia",
                "Westmark urged restraint.")).isEmpty();
    }
}
