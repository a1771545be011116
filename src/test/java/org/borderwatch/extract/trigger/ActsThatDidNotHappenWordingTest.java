package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** Meetings called off or put off, and acts that only cannot be ruled out, on an invented conflict. */
class ActsThatDidNotHappenWordingTest {

    @Test
    void aMeetingCalledOffOrPostponedDidNotTakePlace() {
        assertThat(InventedConflict.extract("A meeting of the two presidents planned for Westholm on 5 October 2023 was"
                + " called off.", "2023-10-06")).isEmpty();
        assertThat(InventedConflict.extract("Talks between Northia and Southia in Westholm set for 5 October 2023 were"
                + " postponed.", "2023-10-06")).isEmpty();
    }

    @Test
    void aCancelledMeetingNamedSoBeforeItDidNotTakePlaceEither() {
        assertThat(InventedConflict.extract("The cancelled meeting of the presidents in Westholm on 5 October 2023 was to"
                + " settle the border.", "2023-10-06")).isEmpty();
    }

    @Test
    void evacuationsThatCannotBeRuledOutHaveNotHappened() {
        assertThat(InventedConflict.extract("On 5 October 2023 the Northian minister said further evacuations from Kesta"
                + " could not be ruled out.", "2023-10-06")).isEmpty();
    }

    @Test
    void talksAndExercisesStillToBeHeldOrDecidedHaveNotHappened() {
        for (String sentence : List.of(
                "On 19 September 2022 the ministers said further rounds of talks are to be held in the coming weeks.",
                "On 19 September 2022 an observer mission of the alliance was discussed but has not been decided upon.",
                "On 19 September 2022 Northia weighed whether an exercise planned for October in Kesta should go ahead.")) {
            assertThat(InventedConflict.extract(sentence, "2022-09-20")).as(sentence).isEmpty();
        }
    }

    @Test
    void aRallyCalledForTomorrowHasNotHappened() {
        assertThat(InventedConflict.extract("Kesta, 12 May 2024. The opposition bloc calls a rally for tomorrow outside"
                + " the government building in Kesta.", "2024-05-12")).isEmpty();
        assertThat(InventedConflict.extract("Kesta, 12 May 2024. The opposition bloc held a rally outside the government"
                + " building in Kesta and called another for tomorrow.", "2024-05-12")).hasSize(1);
    }

    @Test
    void aMeetingHeldAsPlannedStillHappened() {
        assertThat(InventedConflict.extract("The presidents of Northia and Southia met in Westholm on 5 October 2023 as"
                + " planned.", "2023-10-06")).hasSize(1);
    }
    @Test
    void onlyTheActTheWordsUndoIsUndone() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops shelled Kesta and postponed the handover of Lorva.",
                "2023-05-04")).extracting(Event::subEventType).contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.extract("On 3 May 2023 fighting broke out near Kesta and talks set for Friday were"
                + " called off.", "2023-05-04")).extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void aPostponedMeetingThatFinallyTookPlaceHappened() {
        assertThat(InventedConflict.extract("The postponed meeting of the presidents finally took place in Westholm on"
                + " 12 October 2023.", "2023-10-13")).hasSize(1);
    }

    @Test
    void anExerciseASideCallsOffSeveralWordsBeforeItDidNotTakePlace() {
        assertThat(InventedConflict.extract("* 10 October 2023 - Northia calls off the joint command-staff exercise it had"
                + " been due to host.", "2023-10-11")).isEmpty();
        assertThat(InventedConflict.extract("On 10 October 2023 Southia cancelled the alliance's planned military drills"
                + " in Greyvale.", "2023-10-11")).isEmpty();
    }

    @Test
    void aCancellationInAnotherClauseLeavesTheActStanding() {
        assertThat(InventedConflict.extract("On 10 October 2023 Northia called off the drills after Southian troops"
                + " shelled Kesta.", "2023-10-11")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void whatLeadersMayDoOrAreDueToDoHasNotHappened() {
        assertThat(InventedConflict.extract("On 5 October 2023 the foreign ministers met in Westholm, and the presidents"
                + " may meet in Northport later that month.", "2023-10-06")).hasSize(1);
        assertThat(InventedConflict.extract("The Westmark president is due in Northport today for talks with the Northian"
                + " leader.", "2023-10-06")).isEmpty();
        assertThat(InventedConflict.extract("On 5 May 2023 Southian troops shelled Kesta.", "2023-05-06"))
                .extracting(Event::subEventType).contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aHedgeOnAPastActACauseAndACancellationOfSomethingElseLeaveTheActStanding() {
        assertThat(InventedConflict.extract("As many as 30 soldiers may have died in the clashes near Kesta on 3 May 2023,"
                + " officials said.", "2023-05-10")).extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
        assertThat(InventedConflict.extract("The rise in displacement is due in part to Southian troops who shelled Kesta on"
                + " 3 May 2023.", "2023-05-10")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.extract("On 3 May 2023 Northia cancelled classes at schools hit by Southian mortar fire"
                + " in Kesta.", "2023-05-10")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void whatACallAsksForAndWhatAnOfferProposesHaveNotHappened() {
        assertThat(InventedConflict.extract("On 3 May 2023 Westmark called on Northport and Southport to show restraint and"
                + " settle the dispute through negotiations.", "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 Westmark offered to host talks between Northia and Southia.",
                "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 Westmark called on both sides to show restraint; Southian troops"
                + " shelled Kesta the same evening.", "2023-05-10")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void anActThatDatesACallHasHappenedButOneItAsksForHasNot() {
        assertThat(InventedConflict.extract("On 3 May 2023 Westmark called on both sides to show restraint, hours after"
                + " Southian troops shelled Kesta.", "2023-05-10")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.extract("On 3 May 2023 Westmark called on both sides to talk two days after the"
                + " truce, not to shell Kesta after it.", "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 Northia said it would pull its troops back from Kesta, two"
                + " weeks after the truce is signed.", "2023-05-10")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void talksThatWillBeHeldTomorrowHaveNotHappened() {
        assertThat(InventedConflict.extract("Kesta, 20 September 2023. [13:20] Talks between the two sides will be held"
                + " tomorrow in Westholm.", "2023-09-20")).isEmpty();
    }
    @Test
    void aReminderToTheReaderIsNoModalOverWhatItRecalls() {
        assertThat(InventedConflict.extract("It should be recalled that the decision to set up the commissions was reached"
                + " by the leaders of Northia and Southia in Kesta on 6 April 2022.", "2022-05-26"))
                .extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        // a modal that plans still plans
        assertThat(InventedConflict.extract("The leaders of Northia and Southia should reach a decision in Kesta on 6 June"
                + " 2022.", "2022-05-26")).isEmpty();
    }
    @Test
    void aSpokespersonsCourteousReminderIsNoModalOverWhatItRecalls() {
        assertThat(InventedConflict.extract("I would also recall that on 3 May 2022 Southian protesters blocked the road"
                + " to Kesta for several hours.", "2022-05-26")).isNotEmpty();
        // a conditional that imagines still imagines
        assertThat(InventedConflict.extract("Southian protesters would block the road to Kesta on 3 June 2022 if the talks"
                + " failed, officials warned.", "2022-05-26")).isEmpty();
    }
    @Test
    void whatARequestAsksForHasNotHappened() {
        assertThat(InventedConflict.extract("On Sunday the villagers wrote to the governor, asking that the road to Kesta be"
                + " closed.", "2022-05-26")).isEmpty();
    }

    @Test
    void residentsToldAsGatheredAreACrowd() {
        assertThat(InventedConflict.extract("Outside the administration, about 150 residents of Lorva and Amberly have gathered"
                + " while the talks go on.", "2022-05-26")).extracting(Event::subEventType).contains(SubEventType.PEACEFUL_PROTEST);
    }
    @Test
    void residentsWhoBlockARoadAndSayWhatTheyDemandProtest() {
        assertThat(InventedConflict.extract("On Monday morning residents of Lorva blocked the road for about two hours,"
                + " demanding that someone from the government come and explain where the line runs.", "2022-05-26"))
                .extracting(Event::subEventType).containsExactly(SubEventType.PEACEFUL_PROTEST);
        // a road blocked with no demand told is a closure
        assertThat(InventedConflict.extract("On Monday morning residents of Lorva blocked the road to Kesta with stones.",
                "2022-05-26")).extracting(Event::subEventType).doesNotContain(SubEventType.PEACEFUL_PROTEST);
    }
}
