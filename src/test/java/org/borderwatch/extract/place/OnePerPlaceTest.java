package org.borderwatch.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Casualties;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

class OnePerPlaceTest {
    @Test
    void anActReportedAtSeveralVillagesIsOneEventPerVillage() {
        List<Event> events = InventedConflict.extract(
                "On 3 March 2025, Northian artillery shelled Riverton, Pellin and Dunmore, killing two civilians.", "2025-03-04");
        assertThat(events).extracting(e -> e.primaryLocation().name()).containsExactly("Riverton", "Pellin", "Dunmore");
        assertThat(events).extracting(e -> e.primaryLocation().admin1()).containsExactly("Lowlands", "Lowlands", "Marsh");
        // the toll is the act's: told once, on the first place
        assertThat(events).extracting(e -> e.fatalities().low()).containsExactly(2, null, null);
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(e -> assertThat(e.coding()).extracting(Decision::rule).contains("one-per-place"));
    }

    @Test
    void aProvinceNamedAsTheAreaOfListedVillagesIsTheirUnitNotAnotherPlace() {
        List<Event> events = InventedConflict.extract(
                "On 3 March 2025, Northian troops fired on Riverton and Pellin in the Lowlands province.", "2025-03-04");
        assertThat(events).extracting(e -> e.primaryLocation().name()).containsExactly("Riverton", "Pellin");
        assertThat(events).flatExtracting(Event::locations).extracting(Location::admin1).containsOnly("Lowlands");
    }

    @Test
    void provincesOfOneCountryAreOneEventEachButAFightAcrossTheBorderIsOne() {
        List<Event> one = InventedConflict.extract(
                "On 3 March 2025, Northian troops advanced into the Lowlands and Marsh provinces.", "2025-03-04");
        assertThat(one).flatExtracting(Event::locations).extracting(Location::admin1).containsExactly("Lowlands", "Marsh");
        List<Event> across = InventedConflict.extract(
                "On 3 March 2025, the two armies clashed in the Highlands and Lowlands provinces.", "2025-03-04");
        assertThat(across).singleElement().satisfies(e ->
                assertThat(e.locations()).extracting(Location::country).contains("Northia", "Southia"));
    }

    @Test
    void anAccordIsOneActWhereverItsPartiesAre() {
        List<Event> events = InventedConflict.extract(
                "On 3 March 2025, Northia and Southia agreed to a ceasefire in Riverton and Kesta.", "2025-03-04");
        assertThat(events).hasSize(1);
    }

    @Test
    void eachPlacesEventQuotesTheSentenceThatNamesIt() {
        Evidence aboutKesta = new Evidence("doc", new Span(0, 40), new Span(0, 40), "Southian units shelled Kesta overnight.");
        Evidence aboutLorva = new Evidence("doc", new Span(41, 80), new Span(41, 80), "They also shelled positions near Lorva.");
        Event act = new Event("ev", "doc", DateSpan.day(LocalDate.of(2025, 3, 3)), SubEventType.SHELLING_ARTILLERY_MISSILE,
                null, List.of(), null, List.of(), List.of(Location.named("Kesta"), Location.named("Lorva")), Fatalities.UNKNOWN,
                Casualties.NONE_STATED, List.of(), "", List.of(aboutKesta, aboutLorva), List.of(), null);
        List<Event> split = new OnePerPlace(InventedConflict.CONFIG).split(act);
        assertThat(split).extracting(e -> e.evidence().get(0)).containsExactly(aboutKesta, aboutLorva);
    }

    @Test
    void aCapitalNamedBesideASquareOfTheConflictsFeaturesHoldsIt() {
        Location square = new Location("Union Square", "Northia", "Capital", null, null, GeoPrecision.EXACT, Location.FEATURE_ID_PREFIX + "union-square");
        Location capital = new Location("Northport", "Northia", "Capital", null, null, GeoPrecision.EXACT, "gazetteer:7");
        Event rally = new Event("ev", "doc", DateSpan.day(LocalDate.of(2025, 3, 3)), SubEventType.PEACEFUL_PROTEST,
                null, List.of(), null, List.of(), List.of(square, capital), Fatalities.UNKNOWN,
                Casualties.NONE_STATED, List.of(), "", List.of(), List.of(), null);
        assertThat(new OnePerPlace(InventedConflict.CONFIG).split(rally)).singleElement()
                .satisfies(e -> assertThat(e.locations()).containsExactly(square));
    }

    @Test
    void aVillageNamedBesideAFeatureOfItsDistrictIsAPlaceOfItsOwn() {
        Location intake = new Location("Kesta water intake", "Northia", "Highlands", null, null, GeoPrecision.EXACT,
                Location.FEATURE_ID_PREFIX + "kesta-intake");
        Location lorva = new Location("Lorva", "Northia", "Highlands", null, null, GeoPrecision.EXACT, "gazetteer:8");
        Event fight = new Event("ev", "doc", DateSpan.day(LocalDate.of(2025, 3, 3)), SubEventType.ARMED_CLASH,
                null, List.of(), null, List.of(), List.of(intake, lorva), Fatalities.UNKNOWN,
                Casualties.NONE_STATED, List.of(), "", List.of(), List.of(), null);
        assertThat(new OnePerPlace(InventedConflict.CONFIG).split(fight)).hasSize(2);
    }

    @Test
    void aUnitNamedTwiceUnderTwoIdsIsOnePlace() {
        Location asDirection = new Location(null, "Northia", "Highlands", null, null, GeoPrecision.REGION, "gazetteer:1");
        Location asDistrict = new Location(null, "Northia", "Highlands", null, null, GeoPrecision.REGION, "conflict:highlands");
        Location lorva = Location.named("Lorva").withCountry("Southia");
        Event act = new Event("ev", "doc", DateSpan.day(LocalDate.of(2025, 3, 3)), SubEventType.ARMED_CLASH,
                null, List.of(), null, List.of(), List.of(asDirection, lorva, asDistrict), Fatalities.UNKNOWN,
                Casualties.NONE_STATED, List.of(), "", List.of(), List.of(), null);
        assertThat(new OnePerPlace(InventedConflict.CONFIG).split(act)).hasSize(2);
    }
}
