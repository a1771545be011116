package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.layout.LayoutStage;
import org.junit.jupiter.api.Test;

class ClausesAndKindsTest {
    @Test
    void aDayAndAnAbbreviatedMonthEndTheSentenceBeforeACapital() {
        assertThat(InventedConflict.annotate("Shooting went on until 17 Sept. Officials said troops had left Kesta. "
                + "The talks began on Sept. 18 in Northport.", "2023-09-20").get(LayoutStage.SENTENCES)).hasSize(3);
    }

    @Test
    void anOpeningAfterClauseKeepsItsDayToItselfWhenTheSentenceGoesOnAfterASemicolon() {
        List<Event> events = InventedConflict.extract("After an exchange of fire near Kesta on 14 Sept 2023, Northian and "
                + "Southian forces clashed near Lorva on 16 Sept; sporadic shooting continued until 17 Sept.", "2023-09-30");
        assertThat(events).filteredOn(e -> e.locations().stream().anyMatch(l -> "Lorva".equals(l.name())))
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 9, 16));
    }

    @Test
    void homesBurnedInProvincesAreNotToldAgainByAMeetingThatDay() {
        List<Event> events = InventedConflict.extract("On 16 September 2023, Southian troops burned homes in several villages "
                + "of the Highlands and East provinces. On 16 September 2023, the presidents of Northia and Southia met in "
                + "Northport.", "2023-09-20");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION, SubEventType.OTHER);
    }

    @Test
    void talksDatedOnlyToAYearAreLeftOutButAMonthKeepsThem() {
        assertThat(InventedConflict.extract("The 1997 ceasefire agreement was followed by peace negotiations.", "2023-09-20"))
                .extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("In March 2023 the two governments held peace negotiations in Westholm.", "2023-09-20"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void anAccordCitedForWhatItSaysIsNoNewAccord() {
        assertThat(InventedConflict.extract("Northian officials say that the ceasefire stipulates the withdrawal of "
                + "Southian forces from Greyvale.", "2023-09-20")).noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
    }

    @Test
    void anAccordOneSideWantsIsNotYetMade() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southbridge said it wants the peace deal to rest on four points.",
                "2023-09-20")).noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("On 3 May 2023 Southbridge and Northport signed the peace deal.", "2023-09-20"))
                .anyMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
    }

    @Test
    void aTruceNamedByTheDayItWasAgreedIsOneAccordOfThatDay() {
        List<Event> events = InventedConflict.extract("On 20 May 2031 fighting broke out near Kesta.\n\n"
                + "A ceasefire agreed on 16 May has largely held along the river since then.", "2031-06-01");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2031, 5, 16));
    }

    @Test
    void anExchangeSaidToBeNegotiatedIsAnAccord() {
        assertThat(InventedConflict.extract("A similar arrangement on the river was negotiated in June 2023 by Westmark.", "2023-09-20"))
                .extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void theCauseOneSideGivesForAToldFightAddsNoPlaceToIt() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian forces attacked Northian positions near Kesta, and "
                + "heavy fighting lasted all day. Southbridge said the fighting was caused by Northian provocations in the Marsh "
                + "district.", "2023-05-10");
        assertThat(events).filteredOn(e -> e.eventType() == org.borderwatch.domain.EventType.BATTLES)
                .flatExtracting(Event::locations).extracting(l -> l.admin1()).containsOnly("Highlands");
    }

    @Test
    void captivesFreedOrSwappedAreAnAccordWhosePlaceTheCountriesTheyLeaveOrReachDoNotGive() {
        // captives changing hands are an agreement, though the sentence also names them as detainees
        assertThat(InventedConflict.extract("On 12 June 2023 Northia frees 15 Southian detainees and receives maps of "
                + "minefields.", "2023-06-20")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("In June 2023, in a second swap of 15 detainees, Southia hands over maps of "
                + "mines.", "2023-07-20")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        // "held in Northia", "back to Southia": where the captives were and went, not where the handover was agreed
        List<Event> handover = InventedConflict.extract("On 12 June 2023 eight Southian soldiers who had been held in "
                + "Northia were handed back to Southia.", "2023-06-20");
        assertThat(handover).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(handover.get(0).locations()).allMatch(l -> l.country() == null);
        // the same cue still places an act of war
        assertThat(InventedConflict.extract("On 12 June 2023 Southian troops fired at a border post in Northia.",
                "2023-06-20").get(0).locations()).extracting(l -> l.country()).containsExactly("Northia");
    }

    @Test
    void theWoundedTakenToHospitalAreNoNewActAndTheHospitalsTownIsNoPlaceOfHarm() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian troops fired at Northian positions near Kesta, "
                + "wounding four soldiers. The wounded were taken to hospital in Lorva; the two wounded soldiers are stable.",
                "2023-05-05");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.locations()).extracting(l -> l.name())
                .containsExactly("Kesta"));
        // harm told as news still counts, and a hospital's town is not where it happened
        List<Event> harm = InventedConflict.extract("On 3 May 2023 two Northian soldiers were wounded by sniper fire and "
                + "taken to hospitals in Lorva and Amberly.", "2023-05-05");
        assertThat(harm).singleElement().satisfies(e -> assertThat(e.locations()).allMatch(l -> l.name() == null));
    }

    @Test
    void aSideCallingTheOthersClaimDisinformationDisputesItAndTheReportStays() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 the Northian ministry said Southian forces had fired "
                + "overnight on its positions near Kesta; the Southian ministry called the claim disinformation.", "2023-05-05");
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
        // the text itself calling a report false still leaves no event
        assertThat(InventedConflict.extract("Reports that Southian forces fired on Kesta on 3 May 2023 were disinformation.",
                "2023-05-05")).isEmpty();
    }

    @Test
    void aCountAsOfADayIsDatedByTheActItCountsNotByThatDay() {
        List<Event> events = InventedConflict.extract("On 27 January 2023 Southian troops fired on Northian posts near Kesta. "
                + "As of 08:00 on 28 January, two Northian soldiers had been killed.", "2023-01-29");
        assertThat(events).isNotEmpty().allMatch(e -> e.date().start().equals(LocalDate.of(2023, 1, 27)));
    }

    @Test
    void aPlaceNameInsideTheNamesOfPeopleATitleIntroducesIsNoPlace() {
        List<Event> events = InventedConflict.extract("On 3 October 2023 Northian police detained former presidents Arno Kesta "
                + "and Mira Osk in Northport.", "2023-10-05");
        assertThat(events).flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Northport");
    }

    @Test
    void aDatelinesTownIsWhereTheReporterFilesFromNotWhereTheActHappened() {
        List<Event> events = InventedConflict.extract("NORTHPORT — On 3 May 2023 Southian troops shelled Lorva, the Northian "
                + "ministry said.", "2023-05-05");
        assertThat(events).flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Lorva");
    }

    @Test
    void captionsReferenceNotesAndRiversReportNothingOfTheirOwn() {
        assertThat(InventedConflict.extract("Photo caption: Burned houses in Kesta, Highlands province, 3 May 2023.",
                "2023-05-05")).isEmpty();
        assertThat(InventedConflict.extract("3. ^ Casualty figures of both governments on the shelling, May 2023.",
                "2023-05-05")).isEmpty();
        // a river named after a town is not the town: the quarrel was at the intake on it
        assertThat(InventedConflict.extract("On 3 May 2023 a quarrel at the water intake on the Lorva river turned into "
                + "fighting between the two armies.", "2023-05-05")).flatExtracting(Event::locations)
                .extracting(l -> l.name()).doesNotContain("Lorva");
    }

    @Test
    void whoIsAskedIsTheCounterpartAndTheAppealIsMadeFromTheAskersHome() {
        List<Event> events = InventedConflict.extract("On 13 September 2023 the government formally asked the Westmark "
                + "government to help restore Northia's territorial integrity.", "2023-09-15");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Government of Northia");
            assertThat(e.actor2()).isEqualTo("Government of Westmark");
            assertThat(e.locations()).extracting(l -> l.country()).containsExactly("Northia");
        });
    }

    @Test
    void aMonthWithoutAYearFollowsTheNarrativeItStandsInNotThePublication() {
        List<Event> events = InventedConflict.extract("On 27 January 2022, a dispute near Kesta led to a firefight. In June, "
                + "an exchange of fire near Lorva left one guard dead.", "2025-04-10");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2022, 1, 27), LocalDate.of(2022, 6, 1));
        // under a heading that names only a year, as a timeline's sections do, days and months are of that year
        assertThat(InventedConflict.extract("2022\n\nOn 27 January, a dispute near Kesta led to a firefight. In June, an "
                + "exchange of fire near Lorva left one guard dead.", "2025-04-10")).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2022, 1, 27), LocalDate.of(2022, 6, 1));
        // with nothing told before it, a month is the last one before publication
        assertThat(InventedConflict.extract("In June, an exchange of fire near Lorva left one guard dead.", "2025-04-10"))
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2024, 6, 1));
    }
}
