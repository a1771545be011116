package org.borderwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.TestDocuments;
import org.junit.jupiter.api.Test;

/** The conflict's curated place list codes the places it lists, whatever a gazetteer guessed. */
class ConfiguredPlaceEnricherTest {
    private final ConflictConfig config = ConflictConfig.defaultConflict();
    private final ConfiguredPlaceEnricher enricher = new ConfiguredPlaceEnricher(config);

    private Location enrich(Location l) {
        Event e = Extractor.withDefaults().extract(TestDocuments.of(
                "On 3 May 2022 Armenian and Azerbaijani troops clashed near Goris.", "2022-05-10")).get(0);
        return enricher.enrich(e.withLocations(List.of(l), e.border()), null).locations().get(0);
    }

    @Test
    void aForeignVenueTheGazetteerDoesNotKnowTakesTheListedCountryAndPoint() {
        // a gazetteer of the conflict's countries placed the unknown name at the province named nearby
        Location guessed = new Location("Prague", "Armenia", "Tavush", null, new GeoPoint(40.9, 45.1), GeoPrecision.REGION, null);
        Location l = enrich(guessed);
        assertThat(l.name()).isEqualTo("Prague");
        assertThat(l.country()).isEqualTo("Czech Republic");
        assertThat(l.admin1()).isNull();
        // the world's capitals come with a point: the wrong guess in Tavush is replaced, not kept
        assertThat(l.point().latitude()).isBetween(49.5, 50.5);
        assertThat(l.point().longitude()).isBetween(14.0, 15.0);
    }

    @Test
    void aPlaceTheListLeavesWithoutAUnitLosesTheGazetteersUnit() {
        Location resolved = new Location("Martakert", "Azerbaijan", "Tartar", null, new GeoPoint(40.2, 46.8), GeoPrecision.EXACT, "wof:1");
        Location l = enrich(resolved);
        assertThat(l.admin1()).isNull();
        assertThat(l.country()).isEqualTo("Azerbaijan");
        assertThat(l.point()).isEqualTo(new GeoPoint(40.2, 46.8));
    }

    @Test
    void aNamesakeInAnotherProvinceGivesWayToTheListedVillage() {
        Location resolved = new Location("Karmrakar", "Armenia", "Gegharkunik", null, new GeoPoint(40.7, 45.2), GeoPrecision.EXACT, "wof:2");
        Location l = enrich(resolved);
        assertThat(l.admin1()).isEqualTo("Syunik");
        assertThat(l.point()).isNull();
        assertThat(l.placeId()).isNull();
    }

    @Test
    void aListedUnitIsRecordedInAdmin1Only() {
        Location l = enrich(Location.named("Gegarkunik"));
        assertThat(l.name()).isNull();
        assertThat(l.admin1()).isEqualTo("Gegharkunik");
        assertThat(l.precision()).isEqualTo(GeoPrecision.REGION);
    }

    @Test
    void unlistedPlacesAreLeftAsTheyAre() {
        Location l = new Location("Nowhereville", "Armenia", "Lori", null, null, GeoPrecision.EXACT, "x");
        assertThat(enrich(l)).isEqualTo(l);
    }
}
