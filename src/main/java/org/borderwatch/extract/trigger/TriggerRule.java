package org.borderwatch.extract.trigger;

import org.borderwatch.extract.pipeline.NamedRule;

/** The rules by which the trigger stage keeps or drops each lexicon hit; examples are invented. */
public enum TriggerRule implements NamedRule {
    ASSERTED("a lexicon trigger that no filter drops: 'Northian troops crossed the border'"),
    INSIDE_NAME("a word of a name reports nothing: 'treaty' in 'Collective Security Treaty Organization', 'agreed' in 'the truce agreed on 3 May'"),
    DATED_REFERENCE("an event named with a date of its own is an event of that date: 'the 2020 ceasefire agreement'"),
    HABITUAL("a habit or pattern is not one event: 'Northian forces regularly violate the truce'"),
    BATTLE_OUTCOME("ground taken as fighting ended is the battle's outcome: 'the fighting ended with troops taking the pass'"),
    IRREALIS("a plan, forecast, proposal or condition governs it: 'talks would be held', 'called for a ceasefire', 'the draft deal', 'talks on a peace treaty'"),
    PLANNED_SEQUENCE("the next step of a plan is as planned as the first: 'set to meet X, followed by a meeting with Y'"),
    FORECAST("an event noun whose own predicate is a forecast: 'further clashes are likely'"),
    WHOLE_WAR("a war as a whole is no event: 'erupted into full-scale war', 'occupied the region in the 2020 war'"),
    NEGATED("a negation right before it: 'did not cross', 'without any skirmishes'; or its subjects denied by 'neither ... nor'"),
    CALLED_OFF("told as called off or cancelled in its clause, or as postponed or ruled out after it, or a supply told back on: 'the talks set for May were called off', 'gas supply restored'"),
    REFERENCE("an event named as a standard, not reported: 'under the terms of the truce'"),
    INFINITIVE("an infinitive is a purpose, not a report: 'the need to withdraw' (but 'began to withdraw')"),
    LIVE_FIRE("fire in a drill is no fight: 'exercises with live firing'"),
    ENDED("the end of fighting is not a new fight: 'the clashes stopped at noon'"),
    ATTRIBUTIVE("a measure's or a fight's word describing people, places or things names no act: 'evacuation centres', 'the evacuated families', 'fighting positions'"),
    CASUALTIES_REFERRED_TO("casualties named with 'the' are those of an act already told: 'the wounded were taken to hospital'"),
    LEFT_TALKS("withdrawing from talks is no move on the ground: 'Southia pulled out of a planned meeting'"),
    NAMED_POST("a checkpoint or post named as where something happened, with nothing setting it up: 'stopped at the Riverton checkpoint'"),
    SPEECH_ABOUT("an event noun inside speech about it: 'the minister condemned the invasion'"),
    STATEMENT_SENTENCE("a sentence of statements naming events only as things: 'she commented on the talks'"),
    RELATES_BACK("an act named with 'the' that opens a sentence placing it in time is the act already told: 'The offensive followed ...'"),
    DEFINITE_REFERENCE("a generic attack named with 'the' beside another act, or a fight talks take up as their subject, is named, not reported: 'talks on the attack on X', 'a meeting on the offensive'"),
    BACKGROUND("a cause or setting of the sentence's own event: 'amid the clashes, talks began'"),
    BACKGROUND_ONLY("background triggers stand when the sentence has no other: 'following clashes on 12 May, ...'"),
    DATED_SEQUENCE("an act set off by ', after' or ', before' with its own date is reported: ', after the leaders met in X on 6 May'"),
    CAUSE_OF_HARM("a harm-only sentence keeps the violence that caused it: 'wounded as a result of shelling', 'without electricity after shelling'"),
    ANIMALS_HARMED("animals killed or hurt are a herd's losses, not the conflict's casualties: '27 head of cattle killed'"),
    ACCIDENT("harm from an accident is no political violence: 'an army truck collided with a car; two were hurt'"),
    LIE_OF_THE_LAND("ground that lies around a place in the present is where it lies, not ground taken: 'Lorva is surrounded by the Lowlands'"),
    AMOUNT_IDIOM("'a great deal', 'a good deal' measure how much, they name no accord: 'who turns the gates matters a great deal'"),
    SIGNATURE_MARK("a document's mark over its signer's name is no accord: '(signed) A.K.', 'Signed: the head of mission'"),
    SIGNATURES_COUNTED("a petition's count of signers names no parties to an accord: '2,614 have signed'"),
    ONE_SIDED_PAPER("a decree or law one side signs is no accord between parties: 'the president signed a decree'"),
    PRESS_LINE("a source's line to the press, or the press asking: 'told our correspondent by telephone', 'a request for comment'"),
    MEDICAL_CARE("someone evacuated to a hospital is taken into care, not driven from home: 'the wounded guard was evacuated to hospital'"),
    PATROL_ROUND("a patrol's or field team's visit or meeting is its routine round, not talks: 'a patrol visited Kesta and met the village head'"),
    CIVIC_MOBILISATION("a mobilisation of voters or of the street is a campaign, not a call-up: 'the opposition's street mobilisation'"),
    SIGNED_UP("signing up for something is no accord: 'the families signed up for the evacuation buses'"),
    CAMPAIGN_RALLY("an election campaign's rally is politics at home, not a protest: 'candidates spoke at a campaign rally in Kesta'"),
    DIPLOMATIC_PROTEST("a protest a government delivers is a statement, not a crowd: 'the ministry lodged a protest with the envoy'"),
    COLUMN_LABEL("a word that fills a cell of a table's heading row labels a column: 'Date | Place | Killed'");

    private final String reason;

    TriggerRule(String reason) {
        this.reason = reason;
    }

    @Override
    public String ruleName() {
        return NamedRule.kebab(this);
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public String stage() {
        return "triggers";
    }
}
