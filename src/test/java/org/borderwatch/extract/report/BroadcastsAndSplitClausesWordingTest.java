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
        List<Event> events = InventedConflict.extract("Protesters marched in Northport on Monday. Last night police "
                + "detained dozens of them outside the parliament in Northport.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARRESTS)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 9));
    }

    @Test
    void aBulletinsTimeStampBringsTheStoryBackToItsDay() {
        List<Event> events = InventedConflict.extract("""
                Southian guns shelled Kesta on Monday.

                At 13:00. Our headlines.

                The talks between the two border commissions in Westholm began shortly after noon.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.eventType() == EventType.STRATEGIC_DEVELOPMENTS)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 10));
    }

    @Test
    void aMeetingThatHasNotYetBegunOrWasPostponedIsNoEvent() {
        for (String sentence : List.of("The meeting of the two commissions in Westholm has not yet begun.",
                "The summit of the two presidents in Westholm was postponed.")) {
            assertThat(InventedConflict.extract(sentence, PUBLISHED)).as(sentence).isEmpty();
        }
    }

    @Test
    void remarksCalledFalseInAClauseOfTheirOwnLeaveTheMeetingStanding() {
        assertThat(InventedConflict.extract("On 8 May 2023 the Westmark envoy meets the Northian president in Northport; "
                + "Southbridge calls his remarks unfounded.", PUBLISHED)).extracting(Event::subEventType)
                .containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Reports that Southian troops shelled Kesta on 8 May 2023 were false.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void guardsFiringAtEachOtherFightEvenWhereHomesBurn() {
        assertThat(InventedConflict.extract("On 8 May 2023 the border guards of the two countries opened fire on each other "
                + "near Kesta, where houses and a school burned.", PUBLISHED))
                .extracting(Event::subEventType).containsOnly(SubEventType.ARMED_CLASH);
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
                .containsOnly(SubEventType.ARMED_CLASH);
    }

    @Test
    void groundFightingToldLaterAtAPlaceIsAFightBesideTheStrikes() {
        List<Event> events = InventedConflict.extract("On 8 May 2023 Southian forces shelled Kesta, Lorva and Amberly with "
                + "artillery.\n\nNorthian units returned fire, and heavy fighting followed near Kesta.", PUBLISHED);
        assertThat(events).extracting(Event::eventType)
                .contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.BATTLES);
    }

    @Test
    void surnamesListedAfterATitleAreNoPlaces() {
        assertThat(InventedConflict.extract("On 8 May 2023 the former leaders Tom Haller, Ann Lorva and Bob Amberly were "
                + "detained in Northport.", PUBLISHED)).extracting(e -> e.locations().get(0).name()).containsExactly("Northport");
    }

    @Test
    void anArticleAbbreviatedBeforeItsNumberDoesNotEndTheSentence() {
        assertThat(InventedConflict.annotate("Northia appealed to the alliance under Art. 4 of its charter on 8 May 2023.",
                PUBLISHED).get(LayoutStage.SENTENCES)).hasSize(1);
    }
}
