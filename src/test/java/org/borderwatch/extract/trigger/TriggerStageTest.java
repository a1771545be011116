package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

class TriggerStageTest {
    private final TriggerStage stage = TriggerStage.english();
    private final Tokenizer tokenizer = new Tokenizer();

    private List<TriggerClass> classes(String text) {
        return stage.find(tokenizer.tokenize(text, 0, text.length())).stream().map(Trigger::triggerClass).toList();
    }

    @Test
    void assertedEventsKeepTheirTriggers() {
        assertThat(classes("Northian troops shelled the border village.")).contains(TriggerClass.REMOTE);
        assertThat(classes("The two armies clashed near the pass.")).contains(TriggerClass.CLASH);
        assertThat(classes("Protesters rallied in the capital.")).contains(TriggerClass.PROTEST);
    }

    @Test
    void plansForecastsAndCallsAreNotEvents() {
        assertThat(classes("A monitoring mission would be deployed next spring.")).isEmpty();
        assertThat(classes("The envoy called for an immediate ceasefire.")).isEmpty();
        assertThat(classes("The leaders are set to meet in the summer.")).isEmpty();
        assertThat(classes("Observers warn that new clashes are likely before the winter.")).isEmpty();
        assertThat(classes("The council is due to discuss the fighting on Friday.")).isEmpty();
        assertThat(classes("Planners expect most herders, who grazed the pass before the offensive, to have moved on by June."))
                .isEmpty();
    }

    @Test
    void anAccusationOfAConcreteActClaimsTheActButACharacterisationIsNoEvent() {
        assertThat(classes("Northian officials accused Southian troops of setting fire to houses in Kesta."))
                .contains(TriggerClass.DESTRUCTION);
        assertThat(classes("Northia accused Southia of provocations and aggression.")).isEmpty();
        assertThat(classes("Southian officials accused the Northian army of shelling the village of Pellin."))
                .contains(TriggerClass.REMOTE);
    }

    @Test
    void aChronologysPresentTenseTellsActsOfSeveralParties() {
        assertThat(classes("The two leaders agree to form a joint border commission.")).contains(TriggerClass.AGREEMENT);
        assertThat(classes("Southian militia units agree to hand in their weapons.")).contains(TriggerClass.AGREEMENT);
        assertThat(classes("The heads of both border posts agree on a new patrol schedule.")).contains(TriggerClass.AGREEMENT);
        assertThat(classes("Westmark hosts the Northian and Southian ministers.")).contains(TriggerClass.DIPLOMACY);
        assertThat(classes("Northport asks Westholm for urgent assistance.")).contains(TriggerClass.APPEAL);
    }

    @Test
    void thanksForTalksNameTheTalksTheyAreAbout() {
        assertThat(classes("The premier thanked the chancellor for hosting the meeting.")).isEmpty();
        assertThat(classes("A ceasefire was in place by evening thanks to Westmarkian mediation.")).contains(TriggerClass.AGREEMENT);
    }

    @Test
    void aShotNeverFiredIsNoFight() {
        assertThat(classes("The district was handed back on 25 November without a single shot being fired."))
                .doesNotContain(TriggerClass.CLASH);
        assertThat(classes("Southian guards fired on the post without warning.")).contains(TriggerClass.CLASH);
    }

    @Test
    void aCouncilSummonedSitsAndFamiliesWhoLeftForElsewhereFled() {
        assertThat(classes("The premier summoned the Security Council before dawn.")).contains(TriggerClass.DIPLOMACY);
        assertThat(classes("The ministry summoned the Southian ambassador.")).doesNotContain(TriggerClass.DIPLOMACY);
        assertThat(classes("Most families had put their children into cars and left for Amberly.")).contains(TriggerClass.MEASURE);
    }

    @Test
    void aidBeingHandedOutIsAMeasure() {
        assertThat(classes("Volunteers are distributing food parcels in Kesta.")).contains(TriggerClass.MEASURE);
    }

    @Test
    void attacksTakenUpAgainAndFireReturnedNowAreActs() {
        assertThat(classes("Southian forces had resumed attacks near Kesta.")).contains(TriggerClass.ASSAULT);
        assertThat(classes("Northian units were returning fire near Lorva.")).contains(TriggerClass.CLASH);
        assertThat(classes("Guards at the Southian post answered with fire.")).contains(TriggerClass.CLASH);
    }

    @Test
    void statesAndOpinionsAreNotEvents() {
        assertThat(classes("The truce appeared to be holding on Monday.")).isEmpty();
        assertThat(classes("In our view the spring summit was the turning point.")).isEmpty();
    }

    @Test
    void aHabitWithDatedInstancesKeepsItsTriggers() {
        assertThat(classes("Posts on the ridge are regularly shelled.")).isEmpty();
        assertThat(classes("Posts on the ridge are regularly shelled, for instance in May 2021.")).contains(TriggerClass.REMOTE);
    }

    @Test
    void wordsThatOnlyLookLikeTriggersAreNot() {
        assertThat(classes("The commissions held their first joint session on the border.")).doesNotContain(TriggerClass.CLASH);
        assertThat(classes("Northian troops seized four Southian soldiers near the pass.")).contains(TriggerClass.CAPTURE);
    }

    @Test
    void negatedTriggersAreDropped() {
        assertThat(classes("The patrol did not cross the border.")).isEmpty();
    }

    @Test
    void aMeetingSomeoneConvenedIsReportedEvenAmongStatements() {
        assertThat(classes("The premier convened an urgent meeting of his cabinet, and the ministry issued a "
                + "statement condemning the offensive.")).contains(TriggerClass.DIPLOMACY);
        assertThat(classes("The minister condemned the offensive in a statement after the meeting.")).isEmpty();
    }

    @Test
    void anAgreementNamedAsAStandardIsNotReported() {
        assertThat(classes("Under the terms of the truce, the guards kept their posts.")).doesNotContain(TriggerClass.AGREEMENT);
        assertThat(classes("According to the peace agreement of 2010, the road stays open.")).doesNotContain(TriggerClass.AGREEMENT);
        assertThat(classes("The two states never came to an agreement on the frontier.")).isEmpty();
        assertThat(classes("Under the fog the troops crossed the border.")).contains(TriggerClass.TERRITORY);
        assertThat(classes("The two states signed an agreement on the frontier.")).contains(TriggerClass.AGREEMENT);
    }

    @Test
    void statesOfAffairsAndAdvisoriesAreNotEvents() {
        assertThat(classes("The envoy said talks were ongoing for a pullback of the brigades.")).isEmpty();
        assertThat(classes("The dispute over the pass remained unresolved after the visit.")).isEmpty();
        assertThat(classes("Several embassies issued advisories against visiting the border districts.")).isEmpty();
        assertThat(classes("The country wants the council restored as the main forum for negotiations.")).isEmpty();
        assertThat(classes("The foreign ministers visited the border districts.")).contains(TriggerClass.DIPLOMACY);
    }

    @Test
    void theNextStepOfAPlanIsPlannedToo() {
        assertThat(classes("The two leaders are set to meet the mediator, followed by another meeting with the donors."))
                .isEmpty();
        assertThat(classes("The two leaders met the mediator, followed by another meeting with the donors."))
                .contains(TriggerClass.DIPLOMACY);
    }

    @Test
    void anEventNamingADayIsATimeNotAReport() {
        assertThat(classes("On the day of the invasion, the ministry announced a military exercise."))
                .doesNotContain(TriggerClass.TERRITORY, TriggerClass.CLASH);
    }

    @Test
    void groundTakenAsAFightEndedIsTheFightsOutcome() {
        assertThat(classes("The fighting ended with the northern troops taking control of two hills.")).isEmpty();
        assertThat(classes("The northern troops took control of two hills.")).contains(TriggerClass.TERRITORY);
    }

    @Test
    void habitualStatementsAreNotOneEvent() {
        assertThat(classes("Snipers regularly fired at the farms.")).isEmpty();
    }

    @Test
    void aFightThatEndsIsNotANewFight() {
        assertThat(classes("The clashes stopped and a truce was agreed.")).doesNotContain(TriggerClass.CLASH)
                .contains(TriggerClass.AGREEMENT);
    }

    @Test
    void aFightToldAsEndedWithAnAuxiliaryOrInThePresentIsNoNewFightEither() {
        assertThat(classes("A truce was agreed late that night, and by morning the shooting had stopped."))
                .doesNotContain(TriggerClass.CLASH).contains(TriggerClass.AGREEMENT);
        assertThat(classes("When the monitors are here the shooting stops.")).doesNotContain(TriggerClass.CLASH);
        assertThat(classes("By morning the shooting had spread to Lorva.")).contains(TriggerClass.CLASH);
    }

    @Test
    void anActDeniedOfBothItsSubjectsIsNegated() {
        assertThat(classes("Neither Northia nor Southia has so far asked the bloc for help.")).isEmpty();
        assertThat(classes("Northia has asked the bloc for help, and neither side expects an answer.")).isNotEmpty();
    }

    @Test
    void talksAnnouncedButNeverHeldDidNotHappen() {
        assertThat(classes("Talks on a new road regime were announced but never held.")).isEmpty();
        assertThat(classes("Talks on a new road regime were announced and held in May.")).isNotEmpty();
    }

    @Test
    void aDraftAccordIsNoAccordReached() {
        assertThat(classes("Publication of the draft deal with Westmark caused a scandal.")).doesNotContain(TriggerClass.AGREEMENT);
        assertThat(classes("The deal with Westmark caused a scandal.")).contains(TriggerClass.AGREEMENT);
        assertThat(classes("The two ministers signed the draft treaty.")).contains(TriggerClass.AGREEMENT);
    }

    @Test
    void anAccordTalksAreAboutIsNoAccordReached() {
        assertThat(classes("The two ministers met for talks on a peace treaty text.")).doesNotContain(TriggerClass.AGREEMENT);
        assertThat(classes("Negotiations over the border treaty went on all week.")).doesNotContain(TriggerClass.AGREEMENT);
        assertThat(classes("After the talks the two ministers signed a peace treaty.")).contains(TriggerClass.AGREEMENT);
    }

    @Test
    void aMeetingPencilledInIsNotHeld() {
        assertThat(classes("A summit of the two leaders in Westholm is pencilled in for May."))
                .doesNotContain(TriggerClass.DIPLOMACY);
        assertThat(classes("A summit of the two leaders took place in Westholm.")).contains(TriggerClass.DIPLOMACY);
    }

    @Test
    void signingUpIsNoAccord() {
        assertThat(classes("You get these letters because you signed up at one of our events.")).doesNotContain(TriggerClass.AGREEMENT);
        assertThat(classes("The two ministers signed the accord.")).contains(TriggerClass.AGREEMENT);
    }

    @Test
    void anElectionCampaignsRallyIsNoProtest() {
        assertThat(classes("Hundreds attended a pre-election rally in Kesta.")).doesNotContain(TriggerClass.PROTEST);
        assertThat(classes("At two rallies in Kesta, candidates spoke about the border.")).doesNotContain(TriggerClass.PROTEST);
        assertThat(classes("Hundreds attended a rally in Kesta against the border deal.")).contains(TriggerClass.PROTEST);
    }

    @Test
    void aMobilisationOfTheStreetIsNoCallUp() {
        assertThat(classes("The opposition's street mobilisation remained small.")).doesNotContain(TriggerClass.MOBILISATION);
        assertThat(classes("Northia announced a general mobilisation.")).contains(TriggerClass.MOBILISATION);
    }

    @Test
    void groundTakenOnAHeightOrGivenUpByLeavingItIsTerritory() {
        assertThat(classes("Southian guards moved onto a height near Kesta and began digging trenches."))
                .contains(TriggerClass.TERRITORY);
        assertThat(classes("By morning the Southian guards had left the height.")).contains(TriggerClass.TERRITORY);
        assertThat(classes("The shepherds left the village at dawn.")).doesNotContain(TriggerClass.TERRITORY);
    }


    @Test
    void aFightEndedAfterAWordOfPlaceIsNoNewFight() {
        assertThat(classes("The shooting here stopped at around six.")).doesNotContain(TriggerClass.CLASH);
    }

    @Test
    void fireInADrillIsNoFightAndCivilDisobedienceIsAProtest() {
        assertThat(classes("Tactical exercises with live firing are being held near Tarn.")).doesNotContain(TriggerClass.CLASH);
        assertThat(classes("Residents began acts of civil disobedience on the highway.")).contains(TriggerClass.PROTEST);
    }

    @Test
    void fireOpenedInThePassiveAndBurstsExchangedAreFights() {
        assertThat(classes("Shortly afterwards fire was also opened on the Kesta outpost.")).contains(TriggerClass.CLASH);
        assertThat(classes("Border guards of the two sides exchanged several bursts of automatic fire.")).contains(TriggerClass.CLASH);
    }

    @Test
    void residentsMovedByTheAuthoritiesAreDisplaced() {
        assertThat(classes("The local authorities have temporarily moved residents of Kesta and Lorva to safe places."))
                .contains(TriggerClass.MEASURE);
    }

    @Test
    void aNoteOfProtestSentIsNoMissionSent() {
        assertThat(classes("The border service has sent a note of protest to the Southian side.")).isEmpty();
    }

    @Test
    void aTruceObservedOrTalksHeldOnAndOffAreStatesNotActs() {
        assertThat(classes("During the night of 27 to 28 May the ceasefire was observed.")).isEmpty();
        assertThat(classes("The commissions have been meeting on and off for twenty years.")).isEmpty();
    }
}
