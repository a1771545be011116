package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Digest-style sentences that give each party or each stop its own date, venues named in apposition, clauses
 * that join a meeting and its accord, and fights between different parties told in one news story.
 */
class ListsOfPartiesAndVenuesTest {

    /** The named places of the events, for texts where an event may also stand with only a country. */
    private static List<String> namedPlacesOf(List<Event> events) {
        return events.stream().flatMap(e -> e.locations().stream()).map(Location::name)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> placesOf(List<Event> events) {
        return events.stream().map(e -> e.locations().stream().map(Location::name).findFirst().orElse("")).toList();
    }

    @Test
    void eachDatedPartyOfAMeetingIsItsOwnDay() {
        List<Event> events = InventedConflict.extract(
                "Northian FM Ada Brun 3 Mar and Southian FM Odo Kell 4 Mar met mediators in Westholm.", "2023-03-20");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 4));
    }

    @Test
    void eachStopOfATourIsItsOwnVisitAtItsOwnCapital() {
        List<Event> events = InventedConflict.extract(
                "The Westmarkian FM 5-6 May visited Northia's capital Northport and 9-10 May Southia's capital Southbridge.",
                "2023-05-30");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2023, 5, 5), LocalDate.of(2023, 5, 9));
        assertThat(placesOf(events)).containsExactly("Northport", "Southbridge");
    }

    private static List<String> countriesOf(List<Event> events) {
        return events.stream().map(e -> e.locations().stream().map(Location::country).filter(java.util.Objects::nonNull)
                .findFirst().orElse("")).toList();
    }

    @Test
    void aMeetingInTheTownOfAPlaceIsHeldThere() {
        assertThat(namedPlacesOf(InventedConflict.extract(
                "Greyvale elders sat down with Southian envoys in the town of Pellin on 3 May for talks.",
                "2023-05-10"))).containsExactly("Pellin");
        assertThat(namedPlacesOf(InventedConflict.extract(
                "Southian officials met Greyvale representatives in the capital Southbridge on 3 May for talks.",
                "2023-05-10"))).containsExactly("Southbridge");
    }

    @Test
    void aCapitalNamedAsTheSourceIsNoPlaceOfTheAct() {
        assertThat(namedPlacesOf(InventedConflict.extract(
                "According to Southbridge, a Northian patrol shot at herders near Pellin on 3 May 2023.",
                "2023-05-10"))).containsExactly("Pellin");
    }

    @Test
    void twoKnownNamesWrittenAsOneAreNeitherOfThem() {
        // a village whose two words the gazetteer holds as two places is neither of them
        assertThat(namedPlacesOf(InventedConflict.extract(
                "On 3 May 2023 Southian shells damaged the bakery of Kesta Lorva.", "2023-05-10")))
                .doesNotContain("Kesta", "Lorva");
    }

    @Test
    void anAccordReachedAtADatedMeetingThatOpensTheSentenceIsOfThatDay() {
        List<Event> events = InventedConflict.extract(
                "At the summit of 2 June 2030 the envoys agreed to reopen the rail link.", "2030-07-01");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2030, 6, 2));
    }

    @Test
    void aCallIsWhereItsCallerIsButAMeetingOfBothSidesWithNoVenueIsNowhereKnown() {
        assertThat(countriesOf(InventedConflict.extract(
                "Arno Vell spoke by phone with Mira Osk on 3 May.", "2023-05-10"))).containsExactly("Northia");
        assertThat(countriesOf(InventedConflict.extract(
                "Arno Vell and Mira Osk met on 3 May to discuss the border.", "2023-05-10"))).containsExactly("");
        assertThat(countriesOf(InventedConflict.extract(
                "Arno Vell called an emergency meeting of the Northian government on 3 May.", "2023-05-10")))
                .containsExactly("Northia");
    }

    @Test
    void aMinisterAndHisCounterpartOnTheCallMakeTheFirstNamedTheCaller() {
        List<Event> events = InventedConflict.extract(
                "Arno Vell and his Southian counterpart Mira Osk spoke by phone on 3 May.", "2023-05-10");
        assertThat(events).extracting(Event::actor1).containsExactly("Government of Northia");
        assertThat(countriesOf(events)).containsExactly("Northia");
        assertThat(InventedConflict.extract("The leaders of Northia, Southia and Westmark met in Westholm on 3 May.",
                "2023-05-10")).extracting(Event::actor1).containsExactly("Government of Northia");
    }

    @Test
    void aLongRangeIsOneHappeningNotAList() {
        List<Event> events = InventedConflict.extract(
                "Southian troops stayed on a hill near Kesta from 3 to 28 May, the Northian ministry said.", "2023-06-01");
        assertThat(events).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aMeetingThatReachedAnAccordInOneClauseOfALongerSentenceIsTwoActs() {
        List<Event> events = InventedConflict.extract(
                "Both leaders 12 Apr met in Westholm for talks and agreed to reopen the border crossing; their deputies "
                        + "11 Apr met in Northport to discuss trade.", "2023-04-30");
        assertThat(events).extracting(Event::subEventType)
                .contains(SubEventType.AGREEMENT, SubEventType.OTHER);
        assertThat(events.stream().filter(e -> e.date().start().equals(LocalDate.of(2023, 4, 12)))
                .map(Event::subEventType).toList()).containsExactlyInAnyOrder(SubEventType.OTHER, SubEventType.AGREEMENT);
    }

    @Test
    void fightsBetweenDifferentPartiesInOneStoryStayApart() {
        List<Event> events = InventedConflict.extract(
                "Southian forces shelled villages in Greyvale on Tuesday, the Greyvale Defence Force said.\n\n"
                        + "A Northian soldier was killed on Tuesday after Southian troops opened fire on Northian army posts "
                        + "near Kesta.", "2023-03-08");
        assertThat(events.stream().filter(e -> e.subEventType().type() != org.borderwatch.domain.EventType.STRATEGIC_DEVELOPMENTS))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aPeacefulProtestAboutAnArmyHasNoCounterpart() {
        List<Event> events = InventedConflict.extract(
                "On 2 May 2023 thousands of people protested in Northport against the Southian army.", "2023-05-03");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST)
                .isNotEmpty().allSatisfy(e -> assertThat(e.actor2()).isNull());
    }

    @Test
    void fightingAcrossTheHoldersBorderIsBetweenTheStatesNotWithTheRegionsForces() {
        List<Event> inside = InventedConflict.extract("On 3 May 2023 Southian troops clashed with forces near Tarn.", "2023-05-04");
        List<Event> across = InventedConflict.extract(
                "On 3 May 2023 Southian troops clashed with forces near Tarn, in the Marsh and Highlands provinces.", "2023-05-04");
        assertThat(inside).extracting(Event::actor2).contains("Greyvale Defence Force");
        assertThat(across).extracting(Event::actor2).doesNotContain("Greyvale Defence Force");
    }

    @Test
    void lossesPublishedTheNextDayAreTheTollOfTheFightNotAnotherFight() {
        List<Event> events = InventedConflict.extract(
                "Heavy fighting broke out on 6 March 2023 along the border between Northian and Southian troops.\n\n"
                        + "The next day the two ministries published their losses: Northia said four of its soldiers had "
                        + "been killed.", "2023-03-08");
        List<Event> fights = events.stream().filter(e -> e.subEventType().type() == org.borderwatch.domain.EventType.BATTLES).toList();
        assertThat(fights).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 6));
            assertThat(e.fatalities().low()).isEqualTo(4);
        });
    }

    @Test
    void theDateOfAnAccordNamedAsAStandardDoesNotDateTheActBreakingIt() {
        List<Event> events = InventedConflict.extract(
                "On 2 April 2023 Southia set up a checkpoint near Tarn.\n\n"
                        + "Northia said the checkpoint broke the terms of the ceasefire statement of May 2019.", "2023-04-03");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED)
                .extracting(e -> e.date().start().getYear()).containsOnly(2023);
    }

    @Test
    void aMinistryInTheCapitalThatCallsAnOperationSomethingDoesNotPlaceItThere() {
        List<Event> events = InventedConflict.extract(
                "On 3 May 2023 Southian troops advanced into Greyvale. The defence ministry in Southbridge called it a "
                        + "set of local measures.", "2023-05-04");
        assertThat(events).flatExtracting(Event::locations).extracting(Location::name).doesNotContain("Southbridge");
    }

    @Test
    void aPlaceInAChronologyEntrysLabelIsWhereItsMeetingWasHeld() {
        assertThat(namedPlacesOf(InventedConflict.extract(
                "- 3 May, Westholm: the two foreign ministers met under Westmarkian auspices;", "2023-06-10")))
                .containsExactly("Westholm");
        assertThat(namedPlacesOf(InventedConflict.extract(
                "03.05.2023 | Westholm (summit): the two leaders met and talked for four hours.", "2023-06-10")))
                .containsExactly("Westholm");
    }

    @Test
    void aDatelineOrAHeadingBeforeAColonIsNoVenue() {
        assertThat(namedPlacesOf(InventedConflict.extract(
                "Westholm, 03.05.2023: late on Tuesday the Northian leader met the Southian envoy.", "2023-05-04")))
                .doesNotContain("Westholm");
        assertThat(namedPlacesOf(InventedConflict.extract(
                "THE ROAD TO WESTHOLM: the two leaders met on 3 May 2023 to talk about the border.", "2023-06-10")))
                .doesNotContain("Westholm");
    }

    @Test
    void placesAMeetingWasToDiscussAreItsSubjectNotItsVenues() {
        assertThat(namedPlacesOf(InventedConflict.extract("On 29 August 2023 the head of the Westmark mission met the"
                + " governor in Kesta to discuss the patrols near Lorva and Amberly.", "2023-09-04")))
                .containsExactly("Kesta");
    }

    @Test
    void aPlaceABracketSaysTheSiteLiesNearIsALandmark() {
        assertThat(namedPlacesOf(InventedConflict.extract("On 11 January 2022 Northian and Southian guards exchanged fire at"
                + " Kesta, Highlands Province (near Lorva).", "2022-01-12"))).containsExactly("Kesta");
    }

    @Test
    void placesOfBothSidesListedWithTheirOwnPrepositionAreEachAPlaceOfTheFight() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract(
                "On 29 April troops of the two countries clashed near Kesta and near Tarn.", "2023-05-30")))
                .containsExactlyInAnyOrder("Kesta", "Tarn");
        assertThat(InventedConflict.placeNames(InventedConflict.extract(
                "On 29 April Southian troops shelled Kesta from positions near Tarn.", "2023-05-30")))
                .containsExactly("Kesta");
    }
}
