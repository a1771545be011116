package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings of wire stories and of the background paragraphs they end with (rules-2.26): a toll told in the sentence
 * after its fight, acts told "during that fighting", signing verbs and capitals named by a phrase, plans "later this
 * month", fights that "died down".
 */
class WireBackgroundWordingTest {
    private static final String PUBLISHED = "2024-05-14";

    @Test
    void aTollInTheSentenceAfterAFightIsThatFightsToll() {
        List<Event> events = InventedConflict.extractRaw("""
                Border treaty signed

                The worst fighting came in May 2022, when troops fought for several days around Kesta. About 40 people
                were killed on both sides.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType().type() == EventType.BATTLES)
                .singleElement().satisfies(e -> {
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 5, 1));
                    assertThat(e.fatalities().best()).isEqualTo(40);
                });
    }

    @Test
    void anEvacuationDuringThatFightingHappenedThen() {
        List<Event> events = InventedConflict.extractRaw("""
                Border treaty signed

                In May 2022 troops fought for several days around Kesta.

                Northian authorities evacuated 3,000 people from Lorva during that fighting.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 5, 1)));
        assertThat(events).extracting(Event::subEventType).doesNotContain(SubEventType.ATTACK);
    }

    @Test
    void aSentenceOpenedByItsDaysTellsItsActHoweverItDescribesIt() {
        assertThat(InventedConflict.extract("On 12 and 13 May houses in Kesta were systematically looted and set on fire.",
                PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(InventedConflict.extract("On 12 May the ministry said Southian troops regularly fire at Kesta.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void shootingThatDiedDownKilledNobody() {
        assertThat(InventedConflict.extract("The shooting near Kesta died down on Monday evening.", PUBLISHED))
                .allMatch(e -> e.fatalities().best() == null);
        assertThat(InventedConflict.extract("The shooting died down on Monday evening.", PUBLISHED)).isEmpty();
    }

    @Test
    void aDocumentInkedIsSigned() {
        assertThat(InventedConflict.extract("The two presidents inked the document in Westholm on Monday.", PUBLISHED))
                .extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
    }

    @Test
    void aMeetingLaterThisMonthIsAPlan() {
        assertThat(InventedConflict.extract("The two presidents are due to travel to the old Westmarkian trading city of"
                + " Westholm later this month for a meeting with the Westmarkian president.", PUBLISHED)).isEmpty();
    }

    @Test
    void aCapitalNamedByItsCountrysAdjectiveIsThatCapital() {
        List<Event> events = InventedConflict.extract("The two presidents signed the treaty in the Westmarkian capital on"
                + " Monday.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(Location::name, Location::country)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Westholm", "Westmark")));
    }

    @Test
    void aVisitByALeaderIsNotInHisCapital() {
        List<Event> events = InventedConflict.extract("Talks were held on Monday during a visit by the Southian president.",
                PUBLISHED);
        assertThat(events).flatExtracting(Event::locations).extracting(Location::name).doesNotContain("Southbridge");
    }

    @Test
    void aJointStatementAdoptedIsAnAccord() {
        assertThat(InventedConflict.extract("The leaders of Northia and Southia adopted a joint statement on Monday, the"
                + " ministry reported.", PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
    }

    @Test
    void groundTakenControlOfIsATransfer() {
        assertThat(InventedConflict.extract("On 12 May Northian border guards said they had taken control of Tarn.",
                PUBLISHED)).extracting(Event::subEventType).isNotEmpty()
                .allMatch(t -> t == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY || t == SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void aBarricadedRoadIsBlocked() {
        assertThat(InventedConflict.extract("Residents barricaded the road near Kesta on Monday.", PUBLISHED))
                .extracting(Event::subEventType).isNotEmpty();
    }

    @Test
    void peopleTakenToASafePlaceOrOutOfAVillageAreEvacuated() {
        assertThat(InventedConflict.extract("Women and children from Kesta were taken to a safe place on Monday night.",
                PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On Monday buses were taking residents out of Lorva.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void aWarToldInTheNextClauseDoesNotSwallowTheFightBeforeIt() {
        List<Event> events = InventedConflict.extract("In April 2021 a quarrel over water turned into two days of fighting"
                + " near Kesta, and in May 2022 the war that raged across the Highlands killed about 100 people.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType().type() == EventType.BATTLES)
                .extracting(e -> e.date().start()).contains(LocalDate.of(2021, 4, 1));
    }

    @Test
    void aHeadlineThatSignsATreatyNamesNoDayOfTheStoryUnderIt() {
        List<Event> events = InventedConflict.extractRaw("""
                Treaty signed

                On Monday troops fought around Kesta.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType().type() == EventType.BATTLES)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2024, 5, 13));
    }

    @Test
    void actsSinceADatedAccordBeganOnItsDay() {
        List<Event> events = InventedConflict.extract("Since the ceasefire statement of 10 November 2020, Westmarkian monitors"
                + " have been deployed along the line near Tarn.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .extracting(e -> e.date().start().getYear()).containsOnly(2020);
    }

    @Test
    void promisesThreatsAndLikelyAccordsAreNotActs() {
        assertThat(InventedConflict.extract("The opposition leader has vowed to keep protesting in Northport.", PUBLISHED))
                .isEmpty();
        assertThat(InventedConflict.extract("Northia threatened to shell the villages near Tarn, its minister said on Monday.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("A treaty is likely to be signed in the first months of this year.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void thenGoesOnInTheMonthTheSentenceBeforeTold() {
        List<Event> events = InventedConflict.extractRaw("""
                Border treaty signed

                Recall that at the end of April 2021 a conflict near Kesta claimed the lives of 36 people. Dozens of houses
                in Lorva were then set on fire by Southian troops.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.LOOTING_PROPERTY_DESTRUCTION).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void theNextSentenceOfABackgroundParagraphGoesOnInItsMonthButSinceThenDoesNot() {
        List<Event> events = InventedConflict.extractRaw("""
                Border treaty signed

                The worst violence came in late April 2021, when a quarrel at the Kesta canal turned into fighting in which
                at least 50 people were killed. Thousands of villagers in Lorva fled their homes before a truce took hold.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 1)));
        List<Event> since = InventedConflict.extractRaw("""
                Border treaty signed

                The worst violence came in late April 2021, when a quarrel at the Kesta canal turned into fighting in which
                at least 50 people were killed. Since then, Southian troops have shelled Lorva twice.
                """, PUBLISHED);
        assertThat(since).filteredOn(e -> e.date().start().equals(LocalDate.of(2021, 4, 1)))
                .noneMatch(e -> e.evidence().get(0).text().contains("Since then"));
    }

    @Test
    void protestersWhoClashWithPoliceAreAProtestMetByForce() {
        assertThat(InventedConflict.extract("Protesters clashed with police in Northport on Monday.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void residentsWhoClashAreACrowdNotAnArmy() {
        assertThat(InventedConflict.extract("Residents of Kesta and Lorva clashed over a water channel on Monday.", PUBLISHED))
                .extracting(Event::subEventType).containsOnly(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void aStateThatLastsSinceADayStartedInTheYearBeforeTheReport() {
        List<Event> events = InventedConflict.extractRaw("""
                Kesta news

                Kesta has lived next to the line since 1 December 2020. The road to Tarn, which activists have blocked since
                12 December, is the village's only way out.
                """, "2023-04-14");
        assertThat(events).filteredOn(e -> e.date().start().getMonthValue() == 12 && e.date().start().getDayOfMonth() == 12)
                .extracting(e -> e.date().start().getYear()).containsOnly(2022).isNotEmpty();
    }

    @Test
    void wordingsOfHandoversInitialsAndStreets() {
        assertThat(InventedConflict.extract("Tarn came back under Northian control on 26 August.", PUBLISHED))
                .extracting(Event::subEventType).contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("In Westholm on Monday the two ministers put their initials on the agreed text.",
                PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("Thousands took to the streets of Northport on Monday.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.PEACEFUL_PROTEST);
        assertThat(InventedConflict.extract("On Monday Southian troops began pulling out of Tarn.", PUBLISHED))
                .extracting(Event::subEventType).contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void firingThatHadDiedDownIsOver() {
        assertThat(InventedConflict.extract("By Monday evening the firing had died down near Kesta, residents said.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void condolencesToThoseKilledTellNoNewDeaths() {
        assertThat(InventedConflict.extract("The mayor of Kesta on Monday offered his condolences to the relatives of those"
                + " killed defending the border.", PUBLISHED)).isEmpty();
    }

    @Test
    void aLeaderWhoSpokeOfTalksHeldNone() {
        assertThat(InventedConflict.extract("The Southian president also spoke of progress in the negotiations on Monday.",
                PUBLISHED)).isEmpty();
    }
}
