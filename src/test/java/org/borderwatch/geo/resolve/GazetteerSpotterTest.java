package org.borderwatch.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.domain.Span;
import org.junit.jupiter.api.Test;

class GazetteerSpotterTest {
    private final PlaceNameSpotter spotter = TinyGazetteer.crisis().spotter();

    private List<String> spotted(String text) {
        return spotter.spot(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsNamesInTextOrder() {
        assertThat(spotted("Shelling hit Sotk and Jermuk, then Goris.")).containsExactly("Sotk", "Jermuk", "Goris");
    }

    @Test
    void longestMatchWins() {
        assertThat(spotted("Troops moved towards Nerkin Hand at dawn.")).containsExactly("Nerkin Hand");
    }

    @Test
    void commonWordsAndLowerCaseDoNotFire() {
        assertThat(spotted("In May a hand grenade was found; may it be the last. Hand luggage was checked.")).isEmpty();
        assertThat(spotted("the sotk road")).isEmpty();
        assertThat(spotted("SOTK and GoRis are not written like place names")).isEmpty();
    }

    @Test
    void aFeatureNounMayCloseANameInLowerCaseButNeverOpenIt() {
        assertThat(spotted("Troops closed the Tegh bridge and the Tegh Bridge.")).containsExactly("Tegh bridge", "Tegh Bridge");
        assertThat(spotted("The bridge Tegh is new.")).isEmpty();
    }

    @Test
    void shortNamesNeedToBeListed() {
        assertThat(spotted("Kut was shelled.")).containsExactly("Kut");
    }

    @Test
    void spansAreNonOverlappingAndOrdered() {
        List<Span> spans = spotter.spot("Vardenis, Vardenis and Sisian");
        assertThat(spans).hasSize(3);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }

    @Test
    void aliasesAndDiacriticsAreFound() {
        assertThat(spotted("Azerbaijani forces near Zod and İstisu.")).containsExactly("Zod", "İstisu");
    }

    @Test
    void aNameOfSeveralWordsIsFoundSpeltAnotherWayRatherThanItsLastWordAlone() {
        PlaceNameSpotter invented = new TinyGazetteer()
                .place("v-1", "Verkhny Lorva", 41.10, 44.10, "East", "Southia", FeatureClass.LOCALITY, 0)
                .place("v-2", "Lorva", 40.10, 43.10, "West", "Northia", FeatureClass.LOCALITY, 900)
                .place("v-3", "Southia", 41.00, 44.00, null, "Southia", FeatureClass.COUNTRY, 5_000_000, "Yn Southiaa")
                .build().spotter();
        String text = "Shots hit Verkhniy Lorva at dawn, and later Nizhny Lorva. In Southia all was quiet.";
        assertThat(invented.spot(text).stream().map(s -> text.substring(s.start(), s.end())))
                .containsExactly("Verkhniy Lorva", "Lorva", "Southia");
    }

    @Test
    void anUnclassedPlaceIsSpottedOnlyWhenTheConflictConfiguresIt() {
        PlaceNameSpotter invented = new TinyGazetteer()
                .feature("f-1", "Lorva", 41.10, 44.10, "East", "Southia", FeatureClass.OTHER)
                .place("g-1", "Mirrow", 41.20, 44.20, "East", "Southia", FeatureClass.OTHER, 0)
                .build().spotter();
        String text = "Guards fired near the Lorva water intake and at the Mirrow spring.";
        assertThat(invented.spot(text).stream().map(s -> text.substring(s.start(), s.end())))
                .containsExactly("Lorva");
    }

    private static final PlaceNameSpotter SPELLINGS = new TinyGazetteer()
            .place("c-1", "Chelkovan", 41.10, 44.10, "East", "Southia", FeatureClass.LOCALITY, 0)
            .place("t-1", "Tarnwick", 41.20, 44.20, "East", "Southia", FeatureClass.LOCALITY, 300)
            .build().spotter();

    private static List<String> spottedWithSpellings(String text) {
        return SPELLINGS.spot(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aOneWordVillageSpeltAnotherWayIsFoundWhereTheTextSaysItIsAPlace() {
        assertThat(spottedWithSpellings("Shots were fired near Jelkovan at dawn.")).containsExactly("Jelkovan");
        assertThat(spottedWithSpellings("Homes in Tarnwick and Jelkovan were hit.")).containsExactly("Tarnwick", "Jelkovan");
        assertThat(spottedWithSpellings("Mines lie along the Jelkovan–Tarnwick road.")).containsExactly("Jelkovan", "Tarnwick");
        assertThat(spottedWithSpellings("A car came under fire outside Tarnwick (Jelkovan).")).containsExactly("Tarnwick", "Jelkovan");
    }

    @Test
    void aOneWordSpellingVariantAloneOrBeforeAnotherCapitalisedWordIsNotAPlace() {
        assertThat(spottedWithSpellings("Jelkovan said the talks would go on.")).isEmpty();
        assertThat(spottedWithSpellings("Troops stood near Jelkovan Petrosian's house.")).isEmpty();
        assertThat(spottedWithSpellings("REDTOWN, May 4 (Jelkovan) - Talks went on.")).isEmpty();
    }
}
