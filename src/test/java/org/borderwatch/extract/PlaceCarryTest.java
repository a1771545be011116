package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.junit.jupiter.api.Test;

/** A report naming no place continues the sentence before it in its paragraph. */
class PlaceCarryTest {
    private final Extractor extractor = Extractor.withDefaults();

    private List<Event> extract(String text) {
        return extractor.extract(TestDocuments.of(text, "2022-05-01"));
    }

    @Test
    void theVillageOfTheSentenceBeforeIsWhereTheNextReportHappened() {
        List<Event> events = extract("On 24 March 2022, Azerbaijani soldiers moved in and took control of the village of Farukh. "
                + "On 27 March 2022, observers reported that Azerbaijani forces had withdrawn from the heights.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).locations()).extracting(Location::name).containsExactly("Farukh");
        assertThat(events.get(1).locations()).extracting(Location::admin1).containsExactly("Khojaly");
    }

    @Test
    void aBareCountryNameInTheNextSentenceDoesNotStopTheCarry() {
        List<Event> events = extract("On 24 March 2022, Azerbaijani soldiers moved in and took control of the village of Farukh. "
                + "Russian peacekeepers were reported to be negotiating with Azerbaijan.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).locations()).extracting(Location::name).containsExactly("Farukh");
    }

    @Test
    void aNewParagraphStartsAfresh() {
        // (unless it names the place by its kind, "the village": see PlaceRuleTest)
        List<Event> events = extract("On 24 March 2022, Azerbaijani soldiers moved in and took control of the village of Farukh.\n\n"
                + "On 27 March 2022, observers reported that Azerbaijani forces had withdrawn from the heights.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).locations()).extracting(Location::name).doesNotContain("Farukh");
    }

    @Test
    void aTerritorialCueKeepsTheReportWhereItSays() {
        List<Event> events = extract("On 24 March 2022, Azerbaijani soldiers moved in and took control of the village of Farukh. "
                + "On 27 March 2022, Azerbaijani forces advanced into Armenia.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).locations()).extracting(Location::name).doesNotContain("Farukh");
        assertThat(events.get(1).locations()).extracting(Location::country).containsExactly("Armenia");
    }

    @Test
    void aPlacelessLeadOpeningItsParagraphIsToldInDetailNext() {
        List<Event> events = extract("Intro.\n\nClashes broke out again in late February 2022. "
                + "On 3 March 2022, Azerbaijani and Armenian forces clashed near Farukh.");
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.locations()).extracting(Location::name).contains("Farukh"));
        List<Event> notLead = extract("Intro. Clashes broke out again in late February 2022. "
                + "On 3 March 2022, Azerbaijani and Armenian forces clashed near Farukh.");
        assertThat(notLead).hasSize(2);
        assertThat(notLead.get(0).locations()).extracting(Location::name).doesNotContain("Farukh");
    }

    @Test
    void aGovernmentsCallAfterAClashIsNotAtTheClash() {
        List<Event> events = extract("On 24 March 2022, Azerbaijani soldiers moved in and took control of the village of Farukh. "
                + "On 25 March 2022, the Armenian Foreign Ministry held a phone call with the Russian Foreign Ministry.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).locations()).extracting(Location::name).doesNotContain("Farukh");
    }

    @Test
    void aFightToldAfterTalksIsNotAtTheTalksVenue() {
        List<Event> events = extract("On 2 March 2022, the foreign ministers held talks in Geneva. "
                + "On 3 March 2022, Azerbaijani troops shelled border posts.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).locations()).extracting(Location::name).doesNotContain("Geneva");
    }

    @Test
    void aRequestForHelpAfterShellingIsMadeFromHomeNotAtTheShelledVillages() {
        List<Event> events = InventedConflict.extract("On 3 May 2024 Southian artillery shelled Kesta and Lorva. "
                + "The same day Northia invoked the mutual-aid clause of its treaty with Westmark.", "2024-05-05");
        assertThat(events).filteredOn(e -> e.subEventType() == org.borderwatch.domain.SubEventType.OTHER).singleElement()
                .satisfies(request -> {
                    assertThat(request.locations()).extracting(Location::name).doesNotContain("Kesta", "Lorva");
                    assertThat(request.locations()).extracting(Location::country).containsExactly("Northia");
                });
    }

    @Test
    void anActDatedMonthsAwayDoesNotTakeTheVenueOfTheSentenceBefore() {
        List<Event> events = InventedConflict.extract("On 14 October 2023, the foreign ministers of Northia and Southia met in Northport. "
                + "Northia said this obstructs the implementation of the joint statement signed on 10 November 2022.", "2023-10-15");
        assertThat(events).filteredOn(e -> e.date().start().getYear() == 2022).singleElement()
                .satisfies(accord -> assertThat(accord.locations()).extracting(Location::name).doesNotContain("Northport"));
    }
}
