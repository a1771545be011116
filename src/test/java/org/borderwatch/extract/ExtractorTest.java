package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.borderwatch.extract.config.ConflictConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
    private final Extractor extractor = Extractor.withDefaults();

    private List<Event> extract(String text, String published) {
        return extractor.extract(TestDocuments.of(text, published));
    }

    @Test
    void aDatedClashWithDeathsOnBothSides() {
        List<Event> events = extract("On 3 March 2024, Azeri troops and Armenian units clashed near Sotk. "
                + "Two Armenian soldiers and one Azerbaijani soldier were killed.", "2024-03-10");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(e.actor1()).isEqualTo("Military Forces of Azerbaijan");
        assertThat(e.actor2()).isEqualTo("Military Forces of Armenia");
        assertThat(e.fatalities().low()).isEqualTo(3);
        assertThat(e.fatalities().bySide()).containsEntry("Armenia", 2).containsEntry("Azerbaijan", 1);
        assertThat(e.locations()).extracting(Location::name).containsExactly("Sotk");
        assertThat(e.locations().get(0).country()).isEqualTo("Armenia");
        assertThat(e.evidence()).hasSize(2);
    }

    @Test
    void headingsDateTheParagraphsUnderThem() {
        List<Event> events = extract("October 2023\n\nOn 5 October, Azerbaijani forces shelled the village of Yeraskh.",
                "2024-06-01");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 10, 5));
            assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
        });
    }

    @Test
    void plansAndStatementsAreNotEvents() {
        assertThat(extract("On 2 May 2024, the ministers said they would meet in Geneva to sign a peace treaty. "
                + "The envoy condemned the invasion.", "2024-05-03")).isEmpty();
    }

    @Test
    void oddInputsGiveNoEventsAndNoErrors() {
        assertThat(extract("", null)).isEmpty();
        assertThat(extract("  \n\n \n", "2024-01-01")).isEmpty();
        assertThat(extract("... ; , \u201C\u201D ( ) \u2013", null)).isEmpty();
        assertThat(extract("On 31 February 2024 troops clashed", "2024-03-01")).singleElement()
                .satisfies(e -> assertThat(e.date().precision()).as("an impossible day keeps its month").isEqualTo(DatePrecision.MONTH));
        assertThat(extract("Clashes on 3 May 2024 were reported by", "2024-05-04")).hasSize(1);
    }

    @Test
    void undatedEventsAreDropped() {
        assertThat(extract("Azerbaijani troops crossed the border.", null)).isEmpty();
    }

    @Test
    void attributedReportsCarryTheClaimantAndTheDenial() {
        List<Event> events = extract("On 7 June 2024, the Armenian Defence Ministry reported that Azerbaijani forces "
                + "opened fire on Armenian positions near Kut, which Baku denied.", "2024-06-08");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.claims()).extracting(Claim::claimant, Claim::stance)
                    .contains(org.assertj.core.groups.Tuple.tuple("Armenian Ministry of Defence", Stance.ASSERTS),
                            org.assertj.core.groups.Tuple.tuple("Government of Azerbaijan", Stance.DENIES));
            assertThat(e.locations().get(0).admin1()).isEqualTo("Gegharkunik");
        });
    }

    @Test
    void aDenialByANamedPartyAtTheEndOfAnUnpunctuatedLine() {
        List<Event> events = extract("On 8 June 2024, Azerbaijani forces shelled Sotk, a report denied by Baku", "2024-06-09");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.claims()).extracting(Claim::claimant, Claim::stance)
                .contains(org.assertj.core.groups.Tuple.tuple("Government of Azerbaijan", Stance.DENIES)));
        assertThat(extract("On 8 June 2024, Azerbaijani forces shelled Sotk, which Baku denied", "2024-06-09")).hasSize(1);
    }

    @Test
    void reportsTheTextCallsFalseAreNotEvents() {
        assertThat(extract("On 4 April 2024, rumours of clashes near Goris spread, but they were quickly debunked.",
                "2024-04-05")).isEmpty();
    }

    @Test
    void civiliansTakeTheNameOfTheCountryWhereTheyWereAttacked() {
        List<Event> events = extract("On 9 July 2024, Azerbaijani snipers fired at civilian houses in Sotk.", "2024-07-10");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.ATTACK);
            assertThat(e.actor2()).isEqualTo("Civilians (Armenia)");
        });
    }

    @Test
    void territorialCuesGiveTheCountryWhenNoPlaceIsNamed() {
        List<Event> events = extract("On 1 August 2024, Azerbaijani soldiers advanced two kilometres into Armenian territory.",
                "2024-08-02");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
            assertThat(e.locations()).singleElement().satisfies(l -> {
                assertThat(l.name()).isNull();
                assertThat(l.country()).isEqualTo("Armenia");
            });
            assertThat(e.measures()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(2.0));
        });
    }

    @Test
    void monthPrecisionFromPublicationRelativeMonths() {
        List<Event> events = extract("In early May this year, protesters rallied in Yerevan.", "2024-06-20");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(e.eventType().label()).isEqualTo("Protests");
        });
    }

    @Test
    void aCapitalThatSpeaksIsAGovernmentNotAPlace() {
        List<Event> events = extract("On 2 May 2024, Azerbaijani troops advanced near Sotk, Yerevan said.", "2024-05-03");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.locations()).extracting(Location::name).containsExactly("Sotk");
            assertThat(e.claims()).extracting(Claim::claimant).contains("Government of Armenia");
        });
    }

    @Test
    void quotedOpinionWithoutADateOfItsOwnIsNotAReport() {
        assertThat(extract("October 2024\n\nThe minister spoke on 3 October. \"Their troops attacked our land and "
                + "the shelling goes on,\" he told reporters.", "2024-11-01")).isEmpty();
    }

    @Test
    void aMonthSummaryJoinsTheDayPreciseReportOfTheSameEvent() {
        List<Event> events = extract("In March 2024, Azerbaijani troops shelled Sotk.\n\n"
                + "On 5 March 2024, Azerbaijani artillery shelled Sotk for two hours.", "2024-04-01");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(org.borderwatch.domain.DateSpan.day(LocalDate.of(2024, 3, 5)));
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void undatedReportsOfANewsStoryFallInItsWeekFromTheFirstDayItStates() {
        // published Friday 17 May 2024: "this week" is 13-17 May, and the story starts on Wednesday 15 May
        List<Event> events = extract("Azerbaijani troops advanced into Armenia this week.\n\n"
                + "The soldiers crossed the border near Sotk on May 15.\n\n"
                + "Armenia formally appealed to the Collective Security Treaty Organization.", "2024-05-17");
        assertThat(events).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, SubEventType.OTHER);
        Event appeal = events.stream().filter(e -> e.subEventType() == SubEventType.OTHER).findFirst().orElseThrow();
        assertThat(appeal.date().start()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(appeal.date().end()).isEqualTo(LocalDate.of(2024, 5, 17));
    }

    @Test
    void soldiersCapturedOnADayOfFightingWereTakenInTheFight() {
        List<Event> events = InventedConflict.extract("Northian and Southian troops clashed near Kesta on 4 May 2025.\n\n"
                + "The ministry said twelve Southian soldiers were captured by Northian troops.", "2025-05-04");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
            assertThat(e.coding()).extracting(org.borderwatch.domain.Decision::rule).contains("captured-in-fight");
        });
    }

    @Test
    void aCrossingMetByFightingIsOneBattle() {
        List<Event> events = extract("On 6 June 2024, a group of Azerbaijani soldiers crossed the border near Tegh. "
                + "Armenian border guards clashed with them.", "2024-07-01");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
            assertThat(e.evidence()).hasSize(2);
            assertThat(e.evidence().get(0).text()).contains("crossed the border");
        });
        List<Event> apart = extract("On 6 June 2024, a group of Azerbaijani soldiers crossed the border near Tegh. "
                + "Armenian and Azerbaijani troops clashed near Sotk.", "2024-07-01");
        assertThat(apart).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, SubEventType.ARMED_CLASH);
    }

    @Test
    void aProvinceLevelSummaryOfTheDayJoinsTheReportThatNamesTheVillage() {
        String summary = "On 4 April 2024, Azerbaijani troops advanced into Armenia in the Syunik and Gegharkunik provinces.";
        // told alone, the advance into two provinces is one event per province (ACLED: one per place)
        assertThat(extract(summary, "2024-05-01")).flatExtracting(Event::locations).extracting(Location::admin1)
                .containsExactly("Syunik", "Gegharkunik");
        List<Event> events = extract(summary + "\n\nOn 4 April 2024, Azerbaijani soldiers crossed the border near Tegh.",
                "2024-05-01");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.evidence()).hasSize(2);
            assertThat(e.locations()).extracting(Location::name).containsExactly("Tegh");
        });
    }

    @Test
    void aDateInAContrastingClauseDoesNotDateTheEvent() {
        assertThat(extract("Opposition groups organised mass protests, however in the elections of June 2021 "
                + "the ruling party won.", "2021-08-01")).isEmpty();
        assertThat(extract("Opposition groups organised mass protests in June 2021.", "2021-08-01")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 6, 1)));
    }

    @Test
    void aParagraphOpeningWithANarrativeConnectiveGoesOnFromTheLastDayTold() {
        String fight = "On 3 August 2024, Armenian and Azerbaijani troops clashed near Sotk.\n\n";
        assertThat(extract(fight + "In response, Armenia declared a partial mobilization.", "2024-09-01"))
                .filteredOn(e -> e.subEventType() == SubEventType.CHANGE_TO_GROUP_ACTIVITY).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 8, 3)));
        assertThat(extract(fight + "Armenia declared a partial mobilization.", "2024-09-01"))
                .noneMatch(e -> e.subEventType() == SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void twoCoordinatedRelativeClausesAreTwoActs() {
        assertThat(extract("Russia, which signed the ceasefire agreement in 2020 and which has deployed a peacekeeping "
                + "mission to the region, kept silent.", "2021-06-01"))
                .extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.AGREEMENT, SubEventType.OTHER);
    }

    @Test
    void aTollOfTheClashesJustToldBelongsToThatFightWhereverTheVictimWasPosted() {
        String fight = "On 9 July 2024, Azerbaijani and Armenian troops clashed near Sotk. ";
        assertThat(extract(fight + "An Azerbaijani soldier stationed near Tegh was wounded during the clashes.", "2024-08-01"))
                .singleElement().satisfies(e -> {
                    assertThat(e.evidence()).hasSize(2);
                    assertThat(e.locations()).extracting(Location::name).containsExactly("Sotk");
                });
        assertThat(extract(fight + "Azerbaijani artillery shelled Tegh.", "2024-08-01")).hasSize(2);
    }

    @Test
    void incursionsAtTwoVillagesAreTwoEvents() {
        List<Event> events = extract("On 4 April 2024, Azerbaijani soldiers crossed the border at Tegh and Khoznavar in Syunik.",
                "2024-04-05");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.locations().get(0).name()).containsExactly("Tegh", "Khoznavar");
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void aTitleWithoutAVerbReportsNothing() {
        assertThat(extract("Azerbaijani strikes on Armenian villages between 3 and 5 May 2024", "2024-06-01")).isEmpty();
    }

    @Test
    void theSubjectOfAPassiveKillingIsTheVictim() {
        List<Event> events = extract("On 6 June 2024, an Armenian serviceman was wounded near Kut.", "2024-06-07");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Military Forces of Azerbaijan");
            assertThat(e.actor2()).isEqualTo("Military Forces of Armenia");
            assertThat(e.fatalities().low()).as("only an injury reported").isZero();
            assertThat(e.casualties().wounded()).isEqualTo(1);
        });
    }

    @Test
    void aCeasefireIsBetweenTheTwoSidesGovernments() {
        List<Event> events = extract("On 2 March 2024, the fighting stopped and a ceasefire was reached.", "2024-03-03");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT);
            assertThat(List.of(e.actor1(), e.actor2())).containsExactly("Government of Armenia", "Government of Azerbaijan");
        });
    }

    @Test
    void anotherConflictNeedsOnlyAnotherConfigurationFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("conflict.yaml"), """
                name: Northia–Southia dispute
                countries:
                  - {name: Northia, adjectives: [Northian]}
                  - {name: Southia, adjectives: [Southian]}
                sides: [Northia, Southia]
                territoryCues: ["{adj} territory", "inside {name}"]
                places:
                  - {name: Riverton, cls: LOCALITY, country: Southia, admin1: Lowlands}
                """);
        Files.writeString(dir.resolve("actors.yaml"), """
                actors:
                  - {name: Military Forces of Northia, kind: STATE_FORCES, country: Northia, role: military}
                  - {name: Military Forces of Southia, kind: STATE_FORCES, country: Southia, role: military}
                """);
        ConflictConfig config = ConflictConfig.load(dir);
        Extractor other = new Extractor(config, new ConfiguredPlaceSpotter(config), null);
        List<Event> events = other.extract(TestDocuments.of(
                "On 12 January 2025, Northian troops shelled Riverton.", "2025-01-13"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Military Forces of Northia");
            assertThat(e.locations().get(0).admin1()).isEqualTo("Lowlands");
            assertThat(e.locations().get(0).country()).isEqualTo("Southia");
        });
    }

    @Test
    void aMissingConfigurationFileIsNamed(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConflictConfig.load(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflict.yaml");
    }

    @Test
    void eachSidesTollToldInItsOwnSentenceAddsUp() {
        List<Event> events = extract("On 3 March 2024, Azerbaijani and Armenian troops clashed near Sotk. "
                + "Yerevan said 9 Armenian soldiers were killed. Azerbaijan's ministry put its own losses at 4 dead. "
                + "Yerevan later confirmed that 9 Armenian soldiers had died.", "2024-03-10");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities().low()).isEqualTo(13); // the repeated Armenian toll counts once
            assertThat(e.fatalities().bySide()).containsEntry("Armenia", 9).containsEntry("Azerbaijan", 4);
        });
    }

    @Test
    void heStandsForTheOfficialLastNamedInTheParagraph() {
        List<Event> events = extract("Nikol Pashinyan has sought support beyond Moscow. On 2 May 2024 he asked "
                + "Vladimir Putin for help in a telephone call.", "2024-05-10");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Government of Armenia");
            assertThat(e.actor2()).isEqualTo("Government of Russia");
            assertThat(e.locations()).extracting(Location::country).containsExactly("Armenia");
        });
        // a new paragraph forgets who "he" was
        assertThat(extract("Nikol Pashinyan has sought support beyond Moscow.\n\nOn 2 May 2024 he asked "
                + "Vladimir Putin for help in a telephone call.", "2024-05-10"))
                .singleElement().satisfies(e -> assertThat(e.actor1()).isNotEqualTo("Government of Armenia"));
    }
}
