package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.layout.LayoutStage;
import org.junit.jupiter.api.Test;

/** Wording of ministry bulletins and of papers extracted from PDF, on invented sentences of an invented conflict. */
class BulletinAndPaperWordingTest {
    @Test
    void aNoteNumberGluedToAFullStopEndsTheSentence() {
        assertThat(InventedConflict.annotate("Observers did not intervene.4 Power to Kesta was cut on 3 May 2023.", "2023-05-10")
                .get(LayoutStage.SENTENCES)).hasSize(2);
    }

    @Test
    void whereTheShootersAreStationedIsTheirFiringPositionNotAPlaceOfTheAct() {
        String text = "On 3 May 2023 units of the Northian armed forces stationed in the direction of Kesta fired at our "
                + "positions located in the direction of Pellin and Riverton.";
        assertThat(InventedConflict.extract(text, "2023-05-10")).extracting(e -> e.locations().get(0).name())
                .containsExactlyInAnyOrder("Pellin", "Riverton");
        assertThat(InventedConflict.extract("On 3 May 2023 our positions near Pellin came under fire from positions near "
                + "Kesta and Lorva.", "2023-05-10")).extracting(e -> e.locations().get(0).name()).containsExactly("Pellin");
    }

    @Test
    void unitsStationedAtTheTargetAreWhereFireLandedThoughTheShootersAreStationedToo() {
        // the shooters' noun stands a few words before "stationed"; the target's units are "the positions of" someone
        String text = "On 3 May 2023 units of the armed forces of Southia stationed in the direction of the Kesta settlement"
                + " subjected to fire the positions of the Northian army units stationed in the directions of the Pellin"
                + " and Riverton settlements.";
        assertThat(InventedConflict.extract(text, "2023-05-10")).extracting(e -> e.locations().get(0).name())
                .containsExactlyInAnyOrder("Pellin", "Riverton");
    }

    @Test
    void aSentenceAboutTheReportItselfIsNoEvent() {
        assertThat(InventedConflict.extract("This brief traces how a sit-in near Kesta became a checkpoint.", "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("A checkpoint was installed near Kesta on 3 May 2023.", "2023-05-10")).isNotEmpty();
    }

    @Test
    void aCeasefireSaidToBeBrokenIsAFightInEitherVoice() {
        for (String sentence : List.of("Southian units breached the ceasefire near Kesta on 3 May 2023.",
                "On 3 May 2023 the ceasefire was broken by Southian units near Kesta.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence)
                    .extracting(Event::eventType).containsExactly(EventType.BATTLES);
        }
    }

    @Test
    void artilleryNamedAsWhatWasFiredIsShelling() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian units were firing artillery at Northian positions near Kesta.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian and Northian units exchanged artillery fire near Kesta.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void groundTakenUnderControlIsAChangeOfTerritory() {
        assertThat(InventedConflict.extract("On 3 May 2023 the hills above Tarn were taken under control by Southian troops.",
                "2023-05-10")).extracting(Event::subEventType).isNotEmpty()
                .allMatch(t -> t == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY || t == SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void familiesLeavingTheirHomesAndTrafficStoppedAreStrategicDevelopments() {
        for (String sentence : List.of("On 3 May 2023 the last families left their homes in Kesta.",
                "On 3 May 2023 a crowd set up tents on the road near Kesta and stopped all civilian traffic.",
                "On 3 May 2023 residents of Kesta were being taken to Northport by bus.",
                "Gas supplies to Kesta were cut on 3 May 2023.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence)
                    .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        }
    }

    @Test
    void civilianPlacesUnderFireFromArtilleryAreShelled() {
        assertThat(InventedConflict.extract("On 3 May 2023 homes in Kesta and Lorva came under fire, including with artillery "
                + "and drones.", "2023-05-10")).extracting(Event::subEventType).containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void fireOpenedWithHeavyWeaponsOnVillagesIsShellingAndOnAPostAFight() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian forces opened fire with heavy weapons on the villages of "
                + "Kesta and Lorva.", "2023-05-10")).extracting(Event::subEventType)
                .containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian forces opened fire with heavy weapons on the Northian "
                + "border post near Kesta.", "2023-05-10")).extracting(Event::subEventType)
                .containsOnly(SubEventType.ARMED_CLASH);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian forces fired on Kesta with heavy weapons, the Northian "
                + "military said.", "2023-05-10")).extracting(Event::subEventType)
                .containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aWoundedManEvacuatedToHospitalIsCareAndMinistersExpectedAbroadAreAPlan() {
        assertThat(InventedConflict.extract("On 3 May 2023 a Northian soldier stepped on a mine near Kesta. He was evacuated "
                + "to a military hospital in Northport.", "2023-05-10")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.OTHER);
        assertThat(InventedConflict.extract("The foreign ministers are expected in Westholm at the start of June 2023 for "
                + "another round of talks.", "2023-05-10")).isEmpty();
    }

    @Test
    void aDroneStoppedInAMinistrysWordsAndMinesDestroyedBySappersAreDisruptedWeapons() {
        for (String sentence : java.util.List.of(
                "On 3 May 2023 an unmanned aerial vehicle of the Southian army flying over our positions near Kesta was "
                        + "neutralized by our air defence.",
                "At 14:00 on 3 May 2023 an attempt by Southian units to fly a quadcopter over Northian positions near Kesta"
                        + " was prevented.",
                "On 3 May 2023 Northian sappers found and destroyed two more anti-personnel mines near Kesta.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence).extracting(Event::subEventType)
                    .contains(SubEventType.DISRUPTED_WEAPONS_USE);
        }
    }

    @Test
    void theTollOfABlastStaysTheBlastsToll() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 a bus struck an anti-tank mine near Tarn. Two drivers and "
                + "a teacher were killed; four others were injured.", "2023-05-10");
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void aMissionLaunchedAndAMeetingAfterWhichAnotherActCameAreEvents() {
        assertThat(InventedConflict.extract("On 20 February 2023 the council launched the Westmark Monitoring Mission in Northia.",
                "2023-02-20")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Southian troops withdrew from Tarn on 9 October 2022, after the leaders of Northia and "
                + "Southia met in Westholm on 6 October.", "2023-02-20")).extracting(e -> e.date().start())
                .contains(java.time.LocalDate.of(2022, 10, 6), java.time.LocalDate.of(2022, 10, 9));
    }

    @Test
    void aDeathTollIsNoRoadTollAndAPlannedWithdrawalNoWithdrawal() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian officials had not published a full toll.", "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 Northian guards began to charge a toll on trucks near Kesta.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Under the deal of 3 May 2023, Southian units are to withdraw from Tarn by June.",
                "2023-05-10")).noneMatch(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void housesThatHadBeenBurnedAreDestroyedProperty() {
        assertThat(InventedConflict.extract("On 3 May 2023 Northia said 40 houses had been burned in Kesta.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void troopsMetWithFireAreInAFightNotAMeeting() {
        assertThat(InventedConflict.extract("On 3 May 2023, Southian troops near Kesta were met with fire from Northian posts.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void theEndsOfARoadNamedByADashedPairAreNotWhereItWasClosed() {
        for (String road : List.of("the Kesta-Riverton road", "the Kesta \u2013 Riverton road")) {
            String sentence = "On 3 May 2023 traffic was stopped in the Lorva section of " + road + ".";
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence)
                    .flatExtracting(e -> e.locations()).extracting(l -> l.name()).containsExactly("Lorva");
        }
    }

    @Test
    void dronesStrikingInAHeadlinesPresentTenseAreAStrike() {
        assertThat(InventedConflict.extract("03.05.2023 | Kesta | Southian drones strike Northian positions | 2 killed", "2023-05-10"))
                .extracting(Event::eventType).containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void residentsMovedToSafetyAndSoldiersHandedBackAreReported() {
        assertThat(InventedConflict.extract("On 3 May 2023 the ministry moved the residents of Kesta to schools further "
                + "from the border.", "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May 2023 more than 3,000 residents of Lorva have been moved to safe places.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May 2023 four Northian soldiers were handed back to Northia.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void aDatelineDatesTheReportNotTheActItsSentenceTells() {
        List<Event> events = InventedConflict.extract("NORTHPORT, May 5 (Wire) - Northia and Southia agreed on a ceasefire "
                + "late on Thursday, officials said.", "2023-05-05");
        assertThat(events).extracting(e -> e.date().start()).containsExactly(java.time.LocalDate.of(2023, 5, 4));
    }

    @Test
    void harmThenPeopleFleeingAreTwoActsAndAnAccordsTermsAreNone() {
        assertThat(InventedConflict.extract("Shells hit Kesta in the first hours of 3 May 2023, and by morning most families "
                + "had fled towards Lorva.", "2023-05-10")).extracting(Event::eventType)
                .containsExactlyInAnyOrder(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.STRATEGIC_DEVELOPMENTS);
        assertThat(InventedConflict.extract("A ceasefire took effect near Kesta on 3 May 2023. Under its terms, the Greyvale "
                + "Defence Force agreed to disband.", "2023-05-10")).hasSize(1);
    }

    @Test
    void aMineThatKillsCiviliansIsStillAMineBlast() {
        assertThat(InventedConflict.extract("On 3 May 2023 a landmine explosion near Kesta killed two civilian road workers.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void noInjuriesToldAfterAnActMakesItsDeathsZero() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian units fired on Northian positions near Kesta.\n"
                + "Officials said there were no injuries among the personnel.", "2023-05-10");
        assertThat(events).extracting(e -> e.fatalities().low()).containsExactly(0);
    }

    @Test
    void noInjuriesHoldsAtEveryPlaceOfTheAct() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian units fired on Northian positions near Kesta "
                + "and Lorva.\nOfficials said there were no injuries among the personnel.", "2023-05-10");
        assertThat(events).hasSize(2).extracting(e -> e.fatalities().low()).containsOnly(0);
    }

    @Test
    void furtherHarmlessFireBetweenAnActAndItsNoInjuriesIsTheSameIncident() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian units fired on Northian positions near Kesta.\n"
                + "The same morning they also fired on a Northian tractor repairing the road at Lorva.\n"
                + "The tractor was damaged, but there were no injuries among the personnel.", "2023-05-10");
        assertThat(events).hasSizeGreaterThanOrEqualTo(2).extracting(e -> e.fatalities().low()).containsOnly(0);
    }

    @Test
    void anAllegationOfAConcreteActIsAClaimedEvent() {
        assertThat(InventedConflict.extract("Baseless are the allegations that on 3 May 2023 Southian soldiers set fire to "
                + "houses in Kesta.", "2023-05-10")).extracting(Event::subEventType)
                .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(InventedConflict.extract("On 3 May 2023 Northia dismissed the allegations of provocations.", "2023-05-10"))
                .isEmpty();
    }

    @Test
    void oneSidesAccountCalledFalseByTheOtherIsStillAClaim() {
        assertThat(InventedConflict.extract("On 3 May 2023, the information spread by Northia about the shelling of Kesta by "
                + "Southian troops is disinformation.", "2023-05-10")).hasSize(1);
        assertThat(InventedConflict.extract("Reports on 3 May 2023 of the shelling of Kesta by Southian troops were quickly "
                + "debunked.", "2023-05-10")).isEmpty();
    }

    @Test
    void aMeetingThatIsPlannedOrDueHasNotHappened() {
        assertThat(InventedConflict.extract("A meeting of the heads of the Northian and Southian border services is planned for "
                + "9 May at Kesta.", "2023-05-04")).isEmpty();
        assertThat(InventedConflict.extract("Talks between Greyvale representatives and Southian officials are due to be held "
                + "in Westholm on Thursday.", "2023-05-04")).isEmpty();
        assertThat(InventedConflict.extract("A meeting of the heads of the two border services was held on 3 May at Kesta.",
                "2023-05-04")).hasSize(1);
    }

    @Test
    void aNoteOfProtestIsAStatementAndASeriesOfClashesIsNoOneEvent() {
        assertThat(InventedConflict.extract("On 3 May 2023 Northia handed a note of protest to the Southian ambassador.",
                "2023-05-04")).isEmpty();
        assertThat(InventedConflict.extract("The 2023 border crisis was a series of incursions and armed clashes along the "
                + "border that began in May 2023.", "2023-12-04")).isEmpty();
    }

    @Test
    void anAdvanceOnlyDescribedIsNotTheSentencesAct() {
        assertThat(InventedConflict.extract("On 3 May 2023 the Northian premier convened an emergency session of the Security "
                + "Council and described the advance as an attempt to seize Northian land.", "2023-05-04"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void anAttackOnPostsAndTheShellingOfATownInOneSentenceAreAFightAndAStrike() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian infantry stormed a Northian hilltop near Kesta "
                + "and shelled the town of Amberly.", "2023-05-04");
        assertThat(events).extracting(e -> e.locations().stream().map(l -> l.name()).findFirst().orElse("?") + " " + e.subEventType())
                .containsExactlyInAnyOrder("Kesta " + SubEventType.ARMED_CLASH, "Amberly " + SubEventType.SHELLING_ARTILLERY_MISSILE);
        // a list of weapons is no second act: "with rifles and mortars on the post and on the village"
        assertThat(InventedConflict.extract("On 3 May 2023 Southian guards opened fire with rifles and mortars on a Northian "
                + "post near Kesta and on the village of Lorva.", "2023-05-04")).extracting(Event::subEventType)
                .isNotEmpty().doesNotContain(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void shellsFallingOnHomesAtMorePlacesThanTheFightAreAStrikeOfTheirOwn() {
        List<Event> events = InventedConflict.extract("Border fighting\n\nAt dawn Southian troops fired on a Northian "
                + "checkpoint outside Kesta.\n\nLater mortar bombs landed on farms in Kesta and Lorva.", "2023-05-03");
        assertThat(events).extracting(Event::subEventType)
                .contains(SubEventType.ARMED_CLASH, SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void peopleMovedOutAfterAFightAreAnActOfTheirOwnAndNotItsDead() {
        List<Event> events = InventedConflict.extract("On 5 May 2023 shooting near Lorva killed 3 guards and about 400 "
                + "villagers were evacuated to Amberly.", "2023-05-06");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.OTHER);
        assertThat(events).filteredOn(e -> e.subEventType() != SubEventType.OTHER)
                .allSatisfy(e -> assertThat(e.fatalities().low()).isEqualTo(3));
    }

    @Test
    void harmDoneByADroneOrGunsIsAStrikeThoughItsVerbIsPlain() {
        assertThat(InventedConflict.extract("On 3 May 2023 a drone of the Southian army came down on the market square of "
                + "Kesta, killing two traders and wounding a child.", "2023-05-04")).extracting(Event::subEventType)
                .containsExactly(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void aDroneWithItsOperatorNamedStillStrikesAndArtilleryThatHitShells() {
        assertThat(InventedConflict.extract("On 3 May 2023, a drone operated by Southian forces struck a school in Kesta, "
                + "killing two civilians.", "2023-05-04")).extracting(Event::subEventType)
                .containsExactly(SubEventType.AIR_DRONE_STRIKE);
        assertThat(InventedConflict.extract("The ministry said on 3 May 2023 that Southian artillery had hit Kesta.", "2023-05-04"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void civiliansProtectedAreNotTheTarget() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops opened fire on Northian posts near Kesta. The "
                + "Northian side returned fire only to protect the civilian population.", "2023-05-04"))
                .extracting(Event::eventType).doesNotContain(EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void theAuthorsOwnFieldVisitIsNoEvent() {
        assertThat(InventedConflict.extract("Our researchers visited Kesta and Lorva in May 2023 and interviewed 40 residents.",
                "2023-08-01")).isEmpty();
        assertThat(InventedConflict.extract("Northian envoys visited Kesta in May 2023.", "2023-08-01")).hasSize(1);
    }

    @Test
    void talksAnAccordEndsAreNoMeetingOfTheirOwn() {
        assertThat(InventedConflict.extract("On 3 May 2023, in Westholm, the Northian and Southian leaders signed the border "
                + "treaty, ending talks that had dragged on for years.", "2023-05-04")).extracting(Event::subEventType)
                .containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void troopsThatStormOrMoveKilometresIntoLandAct() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops stormed the Northian positions near Kesta.",
                "2023-05-04")).extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian soldiers moved several kilometres into the Highlands "
                + "province.", "2023-05-04")).extracting(Event::subEventType)
                .containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void placesThatWereStruckAndFamiliesThatCrossedTellActs() {
        assertThat(InventedConflict.extract("Kesta and the neighbouring village of Lorva were struck on the night of 3 May 2023.",
                "2023-05-04")).extracting(Event::eventType).containsOnly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(InventedConflict.extract("On 3 May 2023 the first families from Greyvale crossed the bridge into Northia.",
                "2023-05-04")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void aMonthThatOpensAParagraphDatesTheActsAfterIt() {
        List<Event> events = InventedConflict.extract("Looking back, the border has known worse.\n\nMay 2021 was the worst month. "
                + "Southian troops crossed into the Highlands province, and fighting followed near Kesta.", "2025-03-31");
        assertThat(events).isNotEmpty().extracting(e -> e.date().start()).containsOnly(java.time.LocalDate.of(2021, 5, 1));
    }

    @Test
    void soldiersWhoBurnedPartsOfVillagesDestroyedProperty() {
        assertThat(InventedConflict.extract("In May 2023 Southian soldiers burned large parts of the Northian villages of Kesta "
                + "and Lorva.", "2023-08-01")).extracting(Event::subEventType)
                .containsOnly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void aFeedsTimeStampIsTheTodayOfItsPost() {
        List<Event> events = InventedConflict.extract("03.05.2023 20:47\nA quiet day. Southian shells hit Kesta this evening.\n"
                + "views 4.1K\n\n05.05.2023 09:10\nRoads are quiet. Northian and Southian envoys are holding talks in Westholm "
                + "today.\nviews 2.2K", "2023-05-10");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactly(java.time.LocalDate.of(2023, 5, 3), java.time.LocalDate.of(2023, 5, 5));
    }

    @Test
    void aChronologysPresentTenseReportsActs() {
        assertThat(InventedConflict.extract("- May 3, 2023: Southian forces move into the village of Kesta.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("- May 4, 2023: Northia formally asks its allies for help.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void aMeetingSomeoneStayedAwayFromOrHopesForIsNone() {
        for (String sentence : List.of("On 3 May 2023 Southia pulled out of a planned meeting with Northia in Westholm.",
                "On 3 May 2023 the Southian minister stayed away from talks in Westholm.",
                "Westmark hopes to bring both leaders together in Westholm on 3 May 2023.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence).isEmpty();
        }
    }

    @Test
    void whatAWarWasFoughtOverIsNotWhereTheEventHappened() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 a Northian soldier was killed in a border shootout, with "
                + "tensions still high after last year's war over the disputed Greyvale region.", "2023-05-10");
        assertThat(events).flatExtracting(Event::locations).extracting(l -> l.name()).doesNotContain("Greyvale");
    }

    @Test
    void gasThatStoppedFlowingIsASupplyCut() {
        assertThat(InventedConflict.extract("Gas stopped flowing through the pipeline to Kesta on 3 May 2023.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void whereFireCameFromIsNotWhereTheEventIs() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 the Northian ministry reported that Southian units had fired at "
                + "Northian positions in Highlands province from the direction of Riverton, Lowlands province.", "2023-05-10");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).locations()).extracting(l -> l.admin1()).containsExactly("Highlands");
        assertThat(InventedConflict.extract("On 3 May 2023 Southian units fired from positions near Riverton at Northian "
                + "troops near Kesta.", "2023-05-10")).flatExtracting(Event::locations).extracting(l -> l.name())
                .containsExactly("Kesta");
    }

    @Test
    void anUnlistedSettlementOfANamedDistrictIsTheEventsPlaceAndTheShootersSettlementIsNot() {
        // "settlement" after a name no list knows is a village, not a peace settlement (the gazetteer later places it
        // in the unit the sentence gives it)
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian units subjected the positions located in the "
                + "Dazbi settlement of the Highlands district to fire from their positions in the direction of the Ostra "
                + "settlement of Southia.", "2023-05-10");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).locations()).extracting(l -> l.name()).containsExactly("Dazbi");
    }

    @Test
    void whereARoadLeadsIsNotWhereTheEventOnItIs() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian shells hit Northian sappers near Kesta who were clearing "
                + "the road to Amberly.", "2023-05-10")).flatExtracting(Event::locations).extracting(l -> l.name())
                .containsExactly("Kesta");
    }

    @Test
    void theDateADeadliestIncidentIsMeasuredAgainstIsNotItsOwn() {
        List<Event> events = InventedConflict.extract("On 1 September 2023 Southian units opened fire near Lorva. Two Northian "
                + "soldiers were killed near Kesta, the deadliest incident on the border since April.", "2023-09-03");
        assertThat(events).filteredOn(e -> e.locations().get(0).name().equals("Kesta"))
                .extracting(e -> e.date().start().getMonthValue()).containsExactly(9);
    }

    @Test
    void theDayADeadliestIncidentIsMeasuredAgainstDatesTheActItsWhenClauseTells() {
        List<Event> events = InventedConflict.extract("Six Northian soldiers were captured near Lorva on 27 May 2023. The incident"
                + " is the most serious since 12 May, when Southian troops crossed the border near Kesta.", "2023-05-28");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                .extracting(e -> e.date().start()).containsExactly(java.time.LocalDate.of(2023, 5, 12));
        List<Event> wounded = InventedConflict.extract("Two Northian soldiers were wounded near Kesta on 27 May 2023 in the"
                + " heaviest shelling since 12 May, when the truce was agreed.", "2023-05-28");
        assertThat(wounded).isNotEmpty().allSatisfy(e -> assertThat(e.date().start()).isEqualTo(java.time.LocalDate.of(2023, 5, 27)));
    }

    @Test
    void aDayCountedInWordsBeyondTenStillCountsFromTheStory() {
        List<Event> events = InventedConflict.extract("The foreign ministers met in Westholm on 14 May 2023. Eleven days later,"
                + " the two leaders met in Amberly.", "2023-06-10");
        assertThat(events).extracting(e -> e.date().start())
                .contains(java.time.LocalDate.of(2023, 5, 25)).doesNotContain(java.time.LocalDate.of(2023, 6, 10));
    }

    @Test
    void aListedVillagesSettlementIsTheVillageButARegionsSettlementIsADeal() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian units subjected to fire the positions of our army located"
                + " in the direction of the Kesta settlement of the Highlands province.", "2023-05-10"))
                .flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Kesta");
        assertThat(InventedConflict.extract("On 3 May 2023 the two ministers met in Westholm to discuss the Greyvale settlement.",
                "2023-05-10")).flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Westholm");
    }

    @Test
    void aHeadlineListingTheStorysPlacesAddsNoneToABodyReportThatNamesItsOwn() {
        List<Event> events = InventedConflict.extractRaw("""
                Southian armed forces fire at Northian army positions in Highlands, Marsh and Lorva directions

                At 02:15 on 3 May 2023, units of the Southian armed forces subjected to fire the positions of our army \
                located near Kesta.
                """, "2023-05-03");
        assertThat(events).flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Kesta");
    }

    @Test
    void aPlaceThatNamesAFacilityIsNotASecondPlaceWhenTheFacilityIsPlaced() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops set up the Riverton border checkpoint at Pellin.",
                "2023-05-10")).flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Pellin");
        assertThat(InventedConflict.extract("On 3 May 2023 Southia closed the Riverton and Pellin checkpoints.", "2023-05-10"))
                .flatExtracting(Event::locations).extracting(l -> l.name()).containsExactlyInAnyOrder("Riverton", "Pellin");
    }

    @Test
    void anOldTreatyCitedAsTheBasisOfAnAppealDoesNotDateTheAppeal() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian troops crossed into Northian territory near Kesta. "
                + "Northia formally asked Westmark to help defend its territory under the 2001 treaty of friendship.", "2023-05-05");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .allSatisfy(e -> assertThat(e.date().start().getYear()).isEqualTo(2023));
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).isNotEmpty();
    }

    @Test
    void nobodyHurtIsNoIncident() {
        assertThat(InventedConflict.extract("3.3 Kesta, 3 May 2023. The village head told a patrol that bullets had struck a "
                + "house near Kesta during the night. Nobody was injured.", "2023-05-10")).flatExtracting(Event::evidence)
                .extracting(e -> e.text()).noneMatch(quote -> quote.startsWith("Nobody"));
    }

    @Test
    void anAccordASideSaysItObservesIsNoNewAccord() {
        assertThat(InventedConflict.extract("On 3 May 2023 the Southian side said it strictly observes the agreement and "
                + "complies with the ceasefire.", "2023-05-10")).isEmpty();
    }

    @Test
    void aViolationABulletinRecordsIsAClashButAViolationOfRightsReportedIsNot() {
        assertThat(InventedConflict.extract("On Saturday one violation by the Southian side was recorded near Kesta, without"
                + " casualties.", "2023-05-10")).singleElement().satisfies(e -> {
                    assertThat(e.eventType()).isEqualTo(EventType.BATTLES);
                    assertThat(e.date().start()).isEqualTo(java.time.LocalDate.of(2023, 5, 6));
                });
        assertThat(InventedConflict.extract("On 3 May 2023 the ombudsman said violations of residents' rights were"
                + " recorded in Kesta.", "2023-05-10")).isEmpty();
    }

    @Test
    void ceasefireViolationsReportedAtAPlaceAreFighting() {
        assertThat(InventedConflict.extract("On 3 May 2023 Northia reported ceasefire violations near Kesta.", "2023-05-10"))
                .extracting(Event::eventType).containsExactly(EventType.BATTLES);
    }

    @Test
    void aDayOpeningASentenceDatesItsReportAndTheNextNotANamedFight() {
        List<Event> events = InventedConflict.extract("On 3 May fighting broke out near Lorva.\n\nOn 5 May "
                + "the fighting spread along the border. Southian units shelled Kesta.", "2023-05-08");
        assertThat(events).filteredOn(e -> !e.locations().isEmpty() && "Kesta".equals(e.locations().get(0).name()))
                .extracting(e -> e.date().start().getDayOfMonth()).containsExactly(5);
    }

    @Test
    void anEvacuationIsReportedWhenSomeoneEvacuatesNotWhenEvacueesAreDescribed() {
        assertThat(InventedConflict.extract("On 3 May 2023 Northian authorities evacuated residents of Kesta.", "2023-05-10"))
                .hasSize(1);
        assertThat(InventedConflict.extract("On 3 May 2023 volunteers handed out food to the evacuated families at "
                + "evacuation points in Kesta.", "2023-05-10")).isEmpty();
    }

    @Test
    void aFleetIsNotFlight() {
        assertThat(InventedConflict.extract("On 3 May 2023 the deputy commander of the Northian fleet took up his post in "
                + "Northport.", "2023-05-10")).isEmpty();
    }

    @Test
    void theOngoingFightingIsASettingNotAnEvent() {
        assertThat(InventedConflict.extract("Its location near the highway has made Kesta a flashpoint in the ongoing border "
                + "skirmishes between Northia and Southia.", "2023-05-10")).isEmpty();
    }

    @Test
    void residentsBlockingARoadAndAMarchAreProtests() {
        assertThat(InventedConflict.extract("On 3 May 2023 residents of Kesta took turns blocking the road to Northport.",
                "2023-05-10")).extracting(Event::eventType).containsExactly(EventType.PROTESTS);
        assertThat(InventedConflict.extract("On 3 May 2023 a priest set off from Kesta at the head of a march to Northport.",
                "2023-05-10")).isNotEmpty().extracting(Event::eventType).containsOnly(EventType.PROTESTS);
    }

    @Test
    void anAppealAfterASessionIsAnActOfItsOwn() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 the Southian cabinet held an emergency session in Southbridge. "
                + "Following the session, Southia formally appealed to the Eastern Pact for help.", "2023-05-10");
        assertThat(events).hasSize(2).extracting(Event::subEventType).containsOnly(SubEventType.OTHER);
    }

    @Test
    void aQuestionReportsNothing() {
        assertThat(InventedConflict.extract("Were there talks in Westholm on 3 May 2023?", "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("There were talks in Westholm on 3 May 2023.", "2023-05-10")).isNotEmpty();
    }

    @Test
    void fireWhoseSubjectOrMeansIsAHeavyWeaponIsAStrike() {
        for (String sentence : List.of("Rockets fired from Southia struck the outskirts of Kesta on 3 May 2023.",
                "On 3 May 2023 Southian units opened fire with heavy weapons and artillery on the village of Kesta.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence).isNotEmpty()
                    .extracting(Event::subEventType).containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        }
    }

    @Test
    void aDroneStrikeAndTheShellingOfTheSameVillageAreTwoStrikes() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian artillery shelled Kesta. "
                + "The same day a Southian drone struck the school in Kesta.", "2023-05-10");
        assertThat(events).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void whatAnActHappensDuringOrIsAgainstIsItsSetting() {
        assertThat(InventedConflict.extract("Women and children were evacuated from Kesta during the shooting on 3 May 2023.",
                "2023-05-10")).isNotEmpty().extracting(Event::subEventType).containsOnly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May 2023 thousands rallied in Southbridge against the blockade of Greyvale.",
                "2023-05-10")).isNotEmpty().extracting(Event::eventType).containsOnly(EventType.PROTESTS);
    }

    @Test
    void aNewSubjectAfterCommaAndAnArticleStartsAnActOfItsOwn() {
        List<Event> events = InventedConflict.extract("Westmark brokered a ceasefire on 3 May 2023, and a Westmark mission "
                + "arrived in Kesta on 5 May 2023.", "2023-05-10");
        assertThat(events).extracting(e -> e.date().start().toString()).contains("2023-05-03", "2023-05-05");
    }

    @Test
    void aRunInHeadingWithAFullStopIsAHeading() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops crossed the border near Kesta. The shelling.",
                "2023-05-10")).extracting(Event::eventType).doesNotContain(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops crossed the border near Kesta. Kesta was shelled.",
                "2023-05-10")).extracting(Event::eventType).contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void aCampSetUpOnARoadIsABlockadeNotABase() {
        assertThat(InventedConflict.extract("On 3 May 2023 self-styled activists set up camp on the Pass Road near Kesta.",
                "2023-05-10")).isNotEmpty().extracting(Event::subEventType).containsOnly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops set up a post on the Pass Road near Kesta.",
                "2023-05-10")).extracting(Event::subEventType).contains(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    }
}
