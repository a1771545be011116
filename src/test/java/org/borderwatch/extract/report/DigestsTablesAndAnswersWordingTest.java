package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.layout.LayoutStage;
import org.junit.jupiter.api.Test;

/**
 * Wording of security digests, tables of incidents, question-and-answer explainers and chronologies, on invented
 * sentences of an invented conflict.
 */
class DigestsTablesAndAnswersWordingTest {
    private static final String PUBLISHED = "2023-05-10";

    @Test
    void aDigestDaysInFiguresWithoutAYearAreDaysOfThePublicationYear() {
        List<Event> events = InventedConflict.extract("""
                WEEK IN REVIEW

                \u2022 Tue 02/05 \u2013 Southian guns shell Kesta and Lorva through the night.

                \u2022 Thu 04.05 \u2013 Northian and Southian border units trade fire near Pellin.
                """, PUBLISHED);
        assertThat(events).extracting(e -> e.date().start())
                .contains(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 4))
                .allMatch(d -> d.getYear() == 2023 && d.getMonthValue() == 5);
        assertThat(events).filteredOn(e -> e.date().start().getDayOfMonth() == 4)
                .extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aTabSeparatedIncidentTablePlacesEachRowsEventAtItsPlaceCell() {
        List<Event> events = InventedConflict.extractRaw("""
                List of incidents on the Northia-Southia border

                Date\tLocation\tProvince\tDescription\tKilled
                11 April 2023\tnear Lorva\tHighlands\tTwo Northian and one Southian soldiers are killed in a firefight.\t3
                12 February 2024\tPellin\tLowlands\tSouthia says one of its soldiers was wounded by Northian fire.\t0
                """, "2024-03-02");
        assertThat(InventedConflict.placeNames(events)).contains("Lorva", "Pellin");
        // the heading row's "Killed" labels a column: no event of the page's day
        assertThat(events).noneMatch(e -> e.date().start().equals(LocalDate.of(2024, 3, 2)));
    }

    @Test
    void anEpisodesPublishedDayIsNoDayItsTimeCodedNotesTell() {
        List<Event> events = InventedConflict.extractRaw("""
                Ep. 12 — "Two years on": the September 2022 war on the Northia-Southia border and what came after it
                Published Monday, 16 September 2024 · 54 min

                TIME CODES
                12:30 14 September 2022: the first exchange of fire near Kesta.
                17:05 16 September, the worst day. Lorva is almost entirely burned by Southian forces.
                """, "2024-09-16");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.LOOTING_PROPERTY_DESTRUCTION)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2022, 9, 16));
    }

    @Test
    void aNotebooksDayLineIsTheTodayOfItsEntries() {
        List<Event> events = InventedConflict.extractRaw("""
                FROM THE NOTEBOOK
                Issue 4 – published Wednesday 5 May 2021

                --- Thu 29.04, on the road / Kesta
                07:40 Radio in the taxi: shooting at Kesta since morning.

                --- Sat 01.05, Lorva
                The two security chiefs met at the border today and signed a protocol on a pull-back.
                """, "2021-05-05");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2021, 5, 1));
    }

    @Test
    void aWeekdayItemLabelIsNoNotebooksDayLine() {
        List<Event> events = InventedConflict.extractRaw("""
                THE WEEK IN BRIEF

                TUESDAY, MORNING. Southian guns shelled Kesta.

                WEDNESDAY. A ceasefire took effect at noon.
                """, "2023-09-25");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 9, 20));
    }

    @Test
    void aRowClosedByABarStillHasItsTollCellAndItsPlacesListedInOneCell() {
        List<Event> events = InventedConflict.extractRaw("""
                List of incidents on the Northia-Southia border

                | Date | Location | Description | Casualties |
                | 27 January 2022 | Lorva (Northia); Amberly (Northia) | Shooting between border guards; a ceasefire is agreed that evening. | 2 soldiers killed |
                """, "2024-03-02");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH, SubEventType.AGREEMENT);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARMED_CLASH)
                .flatExtracting(Event::locations).extracting(org.borderwatch.domain.Location::name).contains("Lorva");
    }

    @Test
    void aTableRowsTollCellCountsTheRowsFightNotTheAccordToldAfterIt() {
        List<Event> events = InventedConflict.extractRaw("""
                List of incidents on the Northia-Southia border

                Date | Location | Description | Casualties
                27 January 2022 | Pellin | Shooting between border guards near Pellin; a ceasefire is agreed that evening. | 2 soldiers killed
                """, "2024-03-02");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH, SubEventType.AGREEMENT);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARMED_CLASH)
                .extracting(e -> e.fatalities().best()).containsExactly(2);
    }

    @Test
    void anArrestInTheNextItemOfADigestIsNoCaptureInAFightKnownOnlyByItsToll() {
        List<Event> events = InventedConflict.extract("""
                The week's news from across the line, in brief:

                - Health officials in Kesta said on Monday that 12 people had died.

                - A former Southian minister was taken into custody on Monday by Northian border guards at their post
                  near Pellin.
                """, PUBLISHED);
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARRESTS);
    }

    @Test
    void anItemsUndatedHeadingNamesWhatItsParagraphTellsOnItsOwnDay() {
        List<Event> events = InventedConflict.extractRaw("""
                Border week in review

                KESTA – Shepherds detained

                On Monday, Southian guards detained three Northian shepherds near Kesta, the district office said.

                LORVA – Road closed, residents protest

                On Saturday about 200 residents of Lorva gathered outside the district office to demand compensation.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARRESTS).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2023, 5, 8));
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST)
                .extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 6));
    }

    @Test
    void aLivePostsOneLineOfNewsIsNoLabel() {
        List<Event> events = InventedConflict.extractRaw("""
                Border live

                Two Northian soldiers wounded by Southian sniper fire near Lorva

                The ministry said both were taken to hospital in Northport.
                """, PUBLISHED);
        assertThat(events).extracting(e -> e.locations().isEmpty() ? "" : e.locations().get(0).name()).contains("Lorva");
    }

    @Test
    void aDigestItemsDateDatesEveryClauseOfTheItem() {
        List<Event> events = InventedConflict.extract("""
                WEEK IN REVIEW

                • Tue 02/05 — A Southian patrol crossed into the fields below Kesta at dawn; by noon mortar rounds had hit the school in Lorva.
                """, PUBLISHED);
        assertThat(events).extracting(Event::subEventType).containsExactlyInAnyOrder(
                SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(events).extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 2));
    }

    @Test
    void aChronologysPresentTenseCallsAndSummitsAreEvents() {
        Map<String, SubEventType> items = Map.of(
                "• 02/05 — Chiefs of the two general staffs, meeting in Westholm, agree on a pull-back.", SubEventType.AGREEMENT,
                "• 02/05 — The Westmark premier phones the Northian president.", SubEventType.OTHER,
                "• 02/05 — Northian and Southian foreign ministers meet on the margins of a forum in Westholm.", SubEventType.OTHER);
        items.forEach((item, type) -> {
            List<Event> events = InventedConflict.extract(item, PUBLISHED);
            assertThat(events).as(item).extracting(Event::subEventType).contains(type);
            assertThat(events).as(item).extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 2));
        });
    }

    @Test
    void aRaisedNoteNumberAfterAFullStopEndsTheItem() {
        String text = "Herders from both sides fight with sticks over a well near Pellin.\u00b3 2 May 2023 A Southian "
                + "drone strikes a police post in Lorva.\u2074";
        assertThat(InventedConflict.annotate(text, PUBLISHED).get(LayoutStage.SENTENCES)).hasSize(2);
        List<Event> events = InventedConflict.extract(text, PUBLISHED);
        assertThat(events).filteredOn(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 2));
        assertThat(events).filteredOn(e -> e.locations().get(0).name().equals("Pellin"))
                .extracting(e -> e.date().start()).doesNotContain(LocalDate.of(2023, 5, 2));
    }

    @Test
    void timesPricesAndRangesOfQuantitiesAreNoDays() {
        org.borderwatch.extract.mention.TemporalTagger tagger = new org.borderwatch.extract.mention.TemporalTagger();
        for (String text : List.of("Shooting went on from 22.10 to 23.40 near the bridge.", "Prices rose by 1.10-2.10 million.",
                "Bread rose from 2.10 lari a loaf.")) {
            assertThat(tagger.tag(text, new org.borderwatch.domain.Span(0, text.length()),
                    new org.borderwatch.extract.mention.TemporalContext(LocalDate.of(2023, 5, 10), true))).as(text).isEmpty();
        }
        String digest = "\u2022 Tue 02/05 \u2013 shelling near the bridge";
        assertThat(tagger.tag(digest, new org.borderwatch.domain.Span(0, digest.length()),
                new org.borderwatch.extract.mention.TemporalContext(LocalDate.of(2023, 5, 10), true)))
                .extracting(d -> d.date().start()).containsExactly(LocalDate.of(2023, 5, 2));
    }

    @Test
    void aTimelinesFirstRowUnderItsColumnHeadsIsDatedByItsDay() {
        List<Event> events = InventedConflict.extractRaw("""
                TIMELINE

                Date
                Event
                2 May 2023
                The Northian and Southian premiers meet in Westholm and agree to reopen the rail link.
                9 May 2023
                Southian troops advance two kilometres near Kesta.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.eventType() == EventType.STRATEGIC_DEVELOPMENTS
                        && e.subEventType() != SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                .isNotEmpty().extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 2));
    }

    @Test
    void decimalsAndClockTimesAreNoDays() {
        List<Event> events = InventedConflict.extract("On 3 May 2023 Southian artillery shelled Kesta; "
                + "about 1.05 million people live in range, and the guns fell silent at 11.12 local time.", PUBLISHED);
        assertThat(events).extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 3));
    }

    @Test
    void aRowOfAnIncidentTableIsAnEntryThoughItHasNoVerb() {
        List<Event> events = InventedConflict.extract("""
                The annex lists incidents reported by the village heads.

                4 | 2 May 2023 | Kesta (Highlands) | artillery fire on the outskirts of the village | damage to the school under assessment
                """, PUBLISHED);
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(events).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 2));
    }

    @Test
    void aRowKeyedByItsVillageIsAnEntryWhereverItsDayStands() {
        List<Event> events = InventedConflict.extractRaw("""
                Damage by village, as reported by the district offices.

                Kesta | Highlands | shelling (2 May) | 12 / 4 | damage to the school roof
                """, PUBLISHED);
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(events).extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 2));
    }

    @Test
    void anInfoboxLabelAndItsValueAreNoTableRow() {
        assertThat(InventedConflict.extract("Date | 2 May 2023 Location | Kesta, Highlands Result | artillery fire",
                PUBLISHED)).isEmpty();
    }

    @Test
    void aBareNoAnswersTheQuestionBeforeIt() {
        List<Event> events = InventedConflict.extract("Did the truce hold? No. Southia launched an offensive on 2 May 2023 "
                + "near Kesta.", PUBLISHED);
        assertThat(events).extracting(Event::eventType).containsExactly(EventType.BATTLES);
        assertThat(InventedConflict.annotate("Order No. 12 was read out. Troops left Kesta on 2 May 2023.", PUBLISHED)
                .get(LayoutStage.SENTENCES)).hasSize(2);
    }

    @Test
    void aMonthNamedAsItsMiddleOrEndStillSetsTheNarrativesYear() {
        List<Event> events = InventedConflict.extract("The frontier was quiet for years. That changed in the middle of "
                + "May 2021, when Southian soldiers dug in on the hills above Lorva. On 28 July, fighting near Kesta "
                + "killed two Northian soldiers.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.eventType() == EventType.BATTLES).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2021, 7, 28));
    }

    @Test
    void aChronologysDateBeforeADashDatesTheItemAndTheSentencesAfterIt() {
        List<Event> events = InventedConflict.extract("* 2 May 2023 - Fighting flares along the canal near Kesta. "
                + "Southian artillery shells Lorva.", PUBLISHED);
        assertThat(events).isNotEmpty().extracting(e -> e.date().start()).containsOnly(LocalDate.of(2023, 5, 2));
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void talksHeldWhileFightingGoesOnAreAnActOfTheirOwn() {
        List<Event> events = InventedConflict.extract("Amid mortar fire on the outskirts of Lorva on 2 May 2023, the two "
                + "interior ministers signed a truce.", PUBLISHED);
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("While snipers kept firing across the river at Pellin, the prime ministers "
                + "talked by phone on 2 May 2023.", PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.OTHER);
    }

    @Test
    void leadersBroughtTogetherByAThirdPartyMet() {
        assertThat(InventedConflict.extract("The Westmark premier brought the Northian and Southian presidents together in "
                + "Westholm on 2 May 2023.", PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void guardsTakingUpPostsBesideVillagesTakeGround() {
        assertThat(InventedConflict.extract("On 2 May 2023 Southian border guards took up posts beside the village of Kesta.",
                PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void peoplePeltingEachOtherWithStonesRiot() {
        assertThat(InventedConflict.extract("On 2 May 2023 villagers from both sides pelt each other with stones near Kesta.",
                PUBLISHED)).extracting(Event::eventType).containsExactly(EventType.RIOTS);
    }

    @Test
    void peopleCarriedAwayAreDisplacedWhereTheyLivedNotWhereTheyWent() {
        List<Event> events = InventedConflict.extract("On 2 May 2023 buses took the women and children of Kesta to "
                + "Amberly.", PUBLISHED);
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(events).extracting(e -> e.locations().get(0).name()).containsExactly("Kesta");
    }

    @Test
    void aTablesNumberedRowToldInThePresentIsAChronologysItem() {
        List<Event> events = InventedConflict.extractRaw("""
                Table 2. Steps on the road

                No. | Date | Event
                3 | 26 Aug 2022 | Southian troops enter the village of Lorva after traffic is moved to a new road.
                """, PUBLISHED);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 8, 26));
        });
    }
}
