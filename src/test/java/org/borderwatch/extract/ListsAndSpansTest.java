package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.TestDocuments.extract;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/**
 * Sentences that list one act on several dates, give dated instances of a habit, straddle a border, name a
 * line by its two ends, or meet someone "with" whom: each must come out as the act(s) it states.
 */
class ListsAndSpansTest {

    @Test
    void anActListedOnTwoDatesIsTwoEvents() {
        List<Event> events = extract("Armenia formally appealed to the CSTO after the incursions of June 2023 and "
                + "February 2024.", "2024-06-01");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 2, 1));
        assertThat(events).allSatisfy(e -> assertThat(e.actor1()).isEqualTo("Government of Armenia"));
    }

    @Test
    void eachListedDateKeepsThePlaceWrittenBesideIt() {
        List<Event> events = extract("Azerbaijani troops shelled positions near Jermuk in April 2023 and near "
                + "Yeraskh in January 2024.", "2024-06-01");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).locations()).extracting(Location::name).containsExactly("Jermuk");
        assertThat(events.get(1).locations()).extracting(Location::name).containsExactly("Yeraskh");
    }

    @Test
    void aHabitIsNoEventButItsDatedInstancesAre() {
        assertThat(extract("The border villages are regularly shelled by Azerbaijani artillery.", "2024-06-01")).isEmpty();
        List<Event> events = extract("The border villages are regularly shelled by Azerbaijani artillery, for example "
                + "at Yeraskh in March 2023.", "2024-06-01");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 1));
            assertThat(e.locations()).extracting(Location::name).containsExactly("Yeraskh");
        });
    }

    @Test
    void aDateRangeIsOneEventNotAList() {
        assertThat(extract("Armenian and Azerbaijani units clashed near Sotk from 3 to 5 May 2024.", "2024-06-01"))
                .hasSize(1);
    }

    @Test
    void anActBothWithinTwoCountriesIsPlacedInBoth() {
        List<Event> events = extract("On 2 April 2023, Azerbaijani troops installed a checkpoint and seized ground "
                + "both within Nagorno-Karabakh and Armenia.", "2023-05-01");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).locations()).extracting(Location::country).contains("Armenia", "Azerbaijan");
    }

    @Test
    void theEndsOfAPipelineAreNotWhereItWasCut() {
        List<Event> events = extract("On 9 January 2023, the gas pipeline running from Armenia to Stepanakert was "
                + "cut off.", "2023-02-01");
        assertThat(events).singleElement().satisfies(e ->
                assertThat(e.locations()).extracting(Location::name).doesNotContain("Stepanakert"));
    }

    @Test
    void whoeverIsCalledWithIsTheCounterpart() {
        List<Event> events = extract("On 4 June 2024, during a phone call with Russian President Vladimir Putin, "
                + "Prime Minister Nikol Pashinyan discussed the border.", "2024-06-10");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Government of Armenia");
            assertThat(e.actor2()).isEqualTo("Government of Russia");
            assertThat(e.locations()).extracting(Location::country).containsExactly("Armenia");
        });
    }

    @Test
    void officialsNamedInTheConfigurationActForTheirGovernments() {
        List<Event> events = extract("Ararat Mirzoyan and Jeyhun Bayramov met in Tbilisi on 12 March 2024.", "2024-03-20");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Government of Armenia");
            assertThat(e.actor2()).isEqualTo("Government of Azerbaijan");
        });
    }

    @Test
    void aMapCaptionIsNotAnEvent() {
        assertThat(extract("Map showing the villages occupied by Azerbaijani forces in 2023", "2024-01-01")).isEmpty();
    }

    @Test
    void anotherPartysActInTheSameMonthDoesNotSwallowAnAppeal() {
        List<Event> events = extract("On 14 September 2022, Russian peacekeepers deployed to the Lachin corridor.\n\n"
                + "Armenia appealed to the CSTO in September 2022.", "2022-12-01");
        assertThat(events).hasSize(2);
    }

    @Test
    void placesEachGivenWithTheirOwnDistrictAreSeparateIncidents() {
        List<Event> events = extract("On 5 June 2024, Armenian units fired at positions near Zabukh in Lachin District "
                + "and Aghdam in Tovuz.", "2024-06-10");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.locations().get(0).name()).containsExactlyInAnyOrder("Zabukh", "Aghdam");
        Event aghdam = events.stream().filter(e -> e.locations().get(0).name().equals("Aghdam")).findFirst().orElseThrow();
        // the list's Aghdam is the town in Agdam District; the text says this one lies in Tovuz
        assertThat(aghdam.locations()).extracting(Location::admin1).containsOnly("Tovuz");
    }

    @Test
    void theHappeningASentenceOpensWithIsAnEventOfItsOwn() {
        List<Event> events = extract("After an incident on 2 June near Sotk, Armenian and Azerbaijani troops clashed "
                + "again near Jermuk from 4 to 6 June 2024.", "2024-06-10");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 4));
        assertThat(events.get(0).locations()).extracting(Location::name).containsExactly("Sotk");
        assertThat(events.get(1).locations()).extracting(Location::name).containsExactly("Jermuk");
        assertThat(events.get(0).subEventType()).isEqualTo(events.get(1).subEventType());
    }

    @Test
    void anOpeningClauseWithoutAHappeningIsNoEvent() {
        assertThat(extract("After a pause on 2 June, Armenian and Azerbaijani troops clashed near Jermuk on 4 June 2024.",
                "2024-06-10")).hasSize(1);
    }

    @Test
    void aNewSubjectAfterCommaAndStartsASecondActDatedByItsOwnClause() {
        List<Event> events = extract("Two Armenian soldiers were killed on 20 May 2024 when their post came under "
                + "Azerbaijani fire, and Nikol Pashinyan spoke with Vladimir Putin by phone the next day.", "2024-06-01");
        assertThat(events).hasSize(2);
        Event call = events.stream().filter(e -> e.subEventType() == org.borderwatch.domain.SubEventType.OTHER)
                .findFirst().orElseThrow();
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2024, 5, 21));
        assertThat(call.actor1()).isEqualTo("Government of Armenia");
    }

    @Test
    void anUndatedOpeningClauseOnlySetsTheScene() {
        List<Event> events = extract("Hours after the first shells landed, Nikol Pashinyan chaired an emergency session "
                + "of the Security Council on 13 September 2022.", "2022-09-20");
        assertThat(events).singleElement().satisfies(e ->
                assertThat(e.subEventType()).isEqualTo(org.borderwatch.domain.SubEventType.OTHER));
    }

    @Test
    void aCityNamingAMeetingIsWhereItWasHeld() {
        List<Event> events = extract("On 6 April 2024, at their second Brussels meeting, Nikol Pashinyan and Ilham "
                + "Aliyev met Charles Michel.", "2024-05-01");
        assertThat(events).singleElement().satisfies(e ->
                assertThat(e.locations()).extracting(Location::country).containsExactly("Belgium"));
    }

    @Test
    void prisonersHandedBackAreAnAgreementAndAnAdvanceWithoutAShotHasNoDeaths() {
        assertThat(extract("On 5 May 2024 Azerbaijan handed 10 Armenian servicemen back to Armenia.", "2024-05-10"))
                .singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT));
        assertThat(extract("On 5 May 2024 Azerbaijani troops moved two kilometres forward near Jermuk without a shot "
                + "being fired.", "2024-05-10")).singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
                    assertThat(e.fatalities().low()).isZero();
                });
    }
}
