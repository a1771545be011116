package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.layout.LayoutStage;
import org.junit.jupiter.api.Test;

/**
 * Wording of radio bulletins, hearings and digests whose clauses tell separate acts, on invented sentences of an
 * invented conflict (10 May 2023 was a Wednesday).
 */
class BroadcastsAndSplitClausesWordingTest {
    private static final String PUBLISHED = "2023-05-10";

    @Test
    void lastNightIsTheDayBeforePublication() {
        List<Event> events = InventedConflict.extract("Students rallied in Northport on Monday. Last night officers "
                + "arrested eleven of the organisers at their homes in Northport.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARRESTS)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 9));
    }

    @Test
    void aBulletinsTimeStampBringsTheStoryBackToItsDay() {
        List<Event> events = InventedConflict.extract("""
                Southian guns shelled Kesta on Monday.

                At 09:00. Other news.

                Delegations of the two border commissions met in Westholm before lunch.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.eventType() == EventType.STRATEGIC_DEVELOPMENTS)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 10));
    }

    @Test
    void aLivePagesClockLineBringsTheStoryBackToItsDayLine() {
        // 12 May 2023 was a Friday: the post stamped 09:15 under Friday's line is that day's news, not Wednesday's
        List<Event> events = InventedConflict.extractRaw("""
                Live: fighting on the border for a third day

                Thursday, 11 May 2023

                21:10
                Northian guards reported shots near Lorva.

                Friday, 12 May 2023

                08:40
                Good morning. Shooting began on Wednesday near Kesta, where Northian and Southian guards exchanged fire.

                09:15
                Southian guns shelled Dorna, the Northian Border Service says.
                """, "2023-05-13");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 12));
    }

    @Test
    void aHeadlineJoiningABodyReportIsQuotedAfterTheBodyEvenWhenItNamesAPlace() {
        List<Event> events = InventedConflict.extractRaw("""
                Greyvale enters third week of blockade as gas is cut again and power line stays down

                The power line that brings electricity from Northia was damaged on 9 January 2023 in an area under \
                Southian control, local officials said.
                """, "2023-01-25");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).singleElement()
                .satisfies(e -> assertThat(e.evidence().get(0).text()).startsWith("The power line"));
    }

    @Test
    void theBodysShellingKeepsItsKindUnderAHeadlineThatSaysFire() {
        List<Event> events = InventedConflict.extractRaw("""
                Border guards: the Southian side opened fire near Kesta

                This morning the Southian side shelled the villages of Kesta and Lorva with mortars.
                """, PUBLISHED);
        assertThat(events).isNotEmpty().extracting(Event::subEventType)
                .containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aHeadlineItsBodyHasToldAtItsPlacesKeepsItsKindBesideTheDaysFighting() {
        List<Event> events = InventedConflict.extractRaw("""
                Northia reports night shelling of Kesta and Lorva

                Overnight Southian units opened fire from artillery in the direction of the villages of Kesta and Lorva, \
                the Northian ministry said.

                Fighting along the border went on into the morning.

                Later the ministry said Southian troops had fired on Northian positions near Tarn and Lorva.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> !e.locations().isEmpty() && e.locations().get(0).name().equals("Kesta"))
                .extracting(Event::subEventType).containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aTollCountedAfterTheHeadlinesToldActJoinsItAndKeepsItsKind() {
        List<Event> events = InventedConflict.extractRaw("""
                Southian guns shelled Kesta and Lorva overnight, Northia says

                Overnight Southian units shelled the villages of Kesta and Lorva with mortars, the Northian ministry said.

                Two Northian soldiers were wounded in Kesta, the ministry added.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> !e.locations().isEmpty() && e.locations().get(0).name().equals("Kesta"))
                .extracting(Event::subEventType).containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aHeadlinesCeasefireIsNotTheBodysEvacuation() {
        List<Event> events = InventedConflict.extractRaw("""
                Kesta shelled; ceasefire announced in the evening

                Southian guns shelled Kesta on Wednesday morning. Officials said the evacuation of residents of Dorna was \
                under way.

                In the evening the two defence ministers agreed on a ceasefire from 20:00.
                """, PUBLISHED);
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.AGREEMENT, SubEventType.OTHER);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .allSatisfy(e -> assertThat(e.evidence().stream().map(x -> x.text()).toList())
                        .noneMatch(q -> q.contains("ceasefire")));
    }

    @Test
    void aMeetingThatHasNotYetBegunOrWasPostponedIsNoEvent() {
        for (String sentence : List.of("The meeting of the two commissions in Westholm has not yet started.",
                "The summit of the two presidents in Westholm has been postponed.",
                "The conference of the two ministers in Westholm was postponed.")) {
            assertThat(InventedConflict.extract(sentence, PUBLISHED)).as(sentence).isEmpty();
        }
    }

    @Test
    void remarksCalledFalseInAClauseOfTheirOwnLeaveTheMeetingStanding() {
        assertThat(InventedConflict.extract("On 8 May 2023 a Westmark senator visits the Northian president in Northport; "
                + "Southbridge calls his statements fake.", PUBLISHED)).extracting(Event::subEventType)
                .containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Reports that Southian troops shelled Kesta on 8 May 2023 were false.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void guardsFiringAtEachOtherFightEvenWhereHomesBurn() {
        assertThat(InventedConflict.extract("On 8 May 2023 the two patrols shot at one another beside the mill in Kesta, "
                + "and two barns of the farmers burned.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aClauseOpenedBySideAdjectiveAfterCommaAndIsANewAct() {
        List<Event> events = InventedConflict.extract("On 8 May 2023 Northian units crossed into Riverton, and Southian Falcon "
                + "drones struck depots near Kesta.", PUBLISHED);
        assertThat(events).extracting(Event::eventType)
                .contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.STRATEGIC_DEVELOPMENTS);
    }

    @Test
    void theOtherSidesReplyIsTheSameFight() {
        assertThat(InventedConflict.extract("On 8 May 2023 Southian troops fired mortars at Northian posts near Kesta, and "
                + "Northian guards returned fire.", PUBLISHED)).extracting(Event::subEventType)
                .containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void groundFightingToldLaterAtAPlaceIsAFightBesideTheStrikes() {
        List<Event> events = InventedConflict.extract("On 8 May 2023 Southian howitzers shelled Kesta, Lorva and Amberly."
                + "\n\nNorthian infantry then fought Southian scouts near Kesta.", PUBLISHED);
        assertThat(events).extracting(Event::eventType)
                .contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.BATTLES);
    }

    @Test
    void surnamesListedAfterATitleAreNoPlaces() {
        assertThat(InventedConflict.extract("On 8 May 2023 the former leaders Tom Haller, Ann Lorva and Bob Amberly were "
                + "detained in Northport.", PUBLISHED)).flatExtracting(Event::locations).extracting(l -> l.name())
                .containsExactly("Northport");
    }

    @Test
    void anArticleAbbreviatedBeforeItsNumberDoesNotEndTheSentence() {
        assertThat(InventedConflict.annotate("Northia appealed to the alliance under Art. 4 of its charter on 8 May 2023.",
                PUBLISHED).get(LayoutStage.SENTENCES)).hasSize(1);
    }

    @Test
    void aBracketClosedAfterAFullStopEndsItsSentence() {
        String text = "The fighting ended on 4 May 2023. (Our Kesta office closed for two days and reopened on 6 May.)"
                + " On 2 April 2023 troops clashed near Lorva, killing four soldiers.";
        assertThat(InventedConflict.annotate(text, PUBLISHED).get(LayoutStage.SENTENCES)).hasSize(3);
        assertThat(InventedConflict.extract(text, PUBLISHED)).filteredOn(e -> e.eventType() == EventType.BATTLES)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 4, 2));
        // a bracket inside the sentence, or one before a word in lower case, goes on with it
        assertThat(InventedConflict.annotate("Troops (about 40 of them.) crossed near Lorva on 2 April 2023.", PUBLISHED)
                .get(LayoutStage.SENTENCES)).hasSize(1);
    }

    @Test
    void aDayRightAfterSinceIsWhenAStateBeganButAYearIsHowLongItLasted() {
        assertThat(InventedConflict.extract("Southian guards have kept the Kesta road shut since 3 February 2023.",
                PUBLISHED)).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 2, 3));
        assertThat(InventedConflict.extract("On 8 May 2023 Southian guards said they had kept the Kesta road shut since 2021.",
                PUBLISHED)).isNotEmpty().extracting(e -> e.date().start()).doesNotContain(LocalDate.of(2021, 1, 1));
        assertThat(InventedConflict.extract("On 8 May 2023 Southian guards fired on Kesta, a village empty since 3 February.",
                PUBLISHED)).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 8));
    }
}
