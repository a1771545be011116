package org.borderwatch.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.TestDocuments;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every placement rule places something in a short invented text written for it, and the event's coding names it. */
class PlaceRuleTest {
    private static final Map<PlaceRule, String> EXAMPLES = Map.ofEntries(
            Map.entry(PlaceRule.GAZETTEER, "On 3 May 2023 Southian troops shelled Kesta."),
            Map.entry(PlaceRule.CONFLICT_LIST, "On 3 May 2023 Southian troops shelled Kesta."),
            Map.entry(PlaceRule.CARRIED_PLACE, "On 3 May 2023 Southian troops crossed the border near Kesta. On 4 May 2023 "
                    + "Northian guards detained two Southian soldiers."),
            Map.entry(PlaceRule.PLACE_OF_ITS_KIND, "On 3 May 2023 Southian troops shelled Kesta.\n\nOn 9 May 2023 a Northian "
                    + "soldier was wounded by sniper fire near the village."),
            Map.entry(PlaceRule.ENTRY_TITLE, "Works notice\n\nLot 6. School, Kesta village\n\nDamage: burned by Southian troops on 3 May 2023."),
            Map.entry(PlaceRule.LEAD_PLACE, "Protesters rallied on 3 May 2023. On 4 May 2023 thousands of protesters rallied in "
                    + "Northport."),
            Map.entry(PlaceRule.TEXTUAL_COUNTRY, "On 3 May 2023 Southian troops shelled the village of Orvel inside Northia."),
            Map.entry(PlaceRule.PLACELESS_COUNTRY, "On 3 May 2023 Southian artillery shelled Northian troops."),
            Map.entry(PlaceRule.REPORT_COUNTRY, "On 3 May 2023 Southian troops shelled Kesta. On 4 May 2023 they shelled Lorva."
                    + " On 5 May 2023 they shelled Amberly.\n\nOn 6 May 2023 relatives of captured soldiers broke down the"
                    + " ministry's gate in protest."),
            Map.entry(PlaceRule.UNIT_OF_LISTED_PLACES, "On 3 May 2023 Southian troops shelled Kesta and other villages across "
                    + "Highlands."),
            Map.entry(PlaceRule.ONE_PER_PLACE, "On 3 May 2023 Southian artillery shelled Kesta, Lorva and Amberly."));

    /** A stand-in gazetteer: it gives every named place a point, as a real one would. */
    private static final EventEnricher POINTS = (event, document) -> event.withLocations(event.locations().stream()
            .map(l -> l.name() == null ? l : new Location(l.name(), l.country(), l.admin1(), null, new GeoPoint(40.0, 45.0),
                    GeoPrecision.EXACT, "test:" + l.name()))
            .toList(), event.border());
    private static final Extractor WITH_GAZETTEER = new Extractor(InventedConflict.CONFIG,
            new ConfiguredPlaceSpotter(InventedConflict.CONFIG), POINTS);

    @Test
    void everyRuleHasAnExample() {
        assertThat(EXAMPLES.keySet()).isEqualTo(EnumSet.allOf(PlaceRule.class));
    }

    @ParameterizedTest
    @EnumSource(PlaceRule.class)
    void eachRulePlacesInItsExample(PlaceRule rule) {
        String text = EXAMPLES.get(rule);
        List<Event> events = rule == PlaceRule.GAZETTEER ? WITH_GAZETTEER.extract(TestDocuments.of(text, "2023-05-10"))
                : InventedConflict.extract(text, "2023-05-10");
        assertThat(events).as(text).flatExtracting(Event::coding).extracting(Decision::rule).contains(rule.ruleName());
    }

    @Test
    void aPlaceNamedByItsKindIsTheLastPlaceOfThatKindEvenParagraphsLater() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian troops shelled Kesta, in the Highlands province."
                + "\n\nOn 4 May 2023 Northia and Southia agreed to a ceasefire.\n\nOn 20 June 2023 a Northian soldier was "
                + "wounded by sniper fire near the village.", "2023-06-25");
        assertThat(events).filteredOn(e -> e.date().start().getMonthValue() == 6).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta"));
        // a kind the text then names is that place; a kind with no earlier place of it stays placeless
        assertThat(KindReference.kindReferredTo(new org.borderwatch.extract.layout.Tokenizer().tokenize(
                "near the village of Lorva", 0, 25))).isNull();
        assertThat(InventedConflict.extract("On 20 June 2023 a Northian soldier was wounded by sniper fire near the "
                + "bridge.", "2023-06-25")).flatExtracting(Event::locations).allMatch(l -> l.name() == null);
    }

    @Test
    void aPlacelessActIsInTheReportsCountryButAPlacelessAccordIsNot() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian troops shelled Kesta. On 4 May 2023 they"
                + " shelled Lorva. On 5 May 2023 they shelled Amberly.\n\nOn 6 May 2023 relatives of captured soldiers broke"
                + " down the ministry's gate in protest.\n\nOn 7 May 2023 Northia and Southia agreed to a ceasefire.", "2023-05-10");
        assertThat(events).filteredOn(e -> e.date().start().getDayOfMonth() == 6).isNotEmpty()
                .allSatisfy(e -> assertThat(e.locations()).extracting(Location::country).containsOnly("Northia"));
        assertThat(events).filteredOn(e -> e.date().start().getDayOfMonth() == 7).isNotEmpty()
                .allSatisfy(e -> assertThat(e.locations()).allMatch(l -> l.country() == null));
    }

    @Test
    void aDistrictInsideAProvinceIsTheEventsPlaceWhileAProvinceIsOnlyItsAdmin1() {
        List<Event> inDistrict = InventedConflict.extract("On 3 May 2023 Southian troops shelled homes in the Vell district of "
                + "the Highlands province.", "2023-05-10");
        assertThat(inDistrict).singleElement().satisfies(e -> {
            assertThat(e.locations()).extracting(Location::name).containsExactly("Vell District");
            assertThat(e.locations()).extracting(Location::admin1).containsExactly("Highlands");
        });
        List<Event> inProvince = InventedConflict.extract("On 3 May 2023 Southian troops shelled homes in the Highlands "
                + "province.", "2023-05-10");
        assertThat(inProvince).flatExtracting(Event::locations).extracting(Location::name).containsOnlyNulls();
        // a district named beside a province is a second area of the act, not a place inside the province
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops shelled villages in Highlands province and "
                + "Vell district.", "2023-05-10")).hasSize(2);
    }

    @Test
    void aCeasefireAfterAFightIsNotPlacedAtTheFight() {
        List<Event> ceasefire = InventedConflict.extract("On 3 May 2023 Southian and Northian troops clashed near Kesta. "
                + "A ceasefire was agreed the same evening.", "2023-05-10");
        assertThat(ceasefire).filteredOn(e -> e.subEventType() == org.borderwatch.domain.SubEventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.locations()).allMatch(l -> l.name() == null));
        // an accord reached at talks is still placed at the talks' venue
        List<Event> summit = InventedConflict.extract("On 3 May 2023 the leaders of Northia and Southia met in Westholm. "
                + "They agreed to set up a border commission.", "2023-05-10");
        assertThat(summit).filteredOn(e -> e.subEventType() == org.borderwatch.domain.SubEventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Westholm"));
    }
}
