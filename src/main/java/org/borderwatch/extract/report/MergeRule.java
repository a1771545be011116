package org.borderwatch.extract.report;

import org.borderwatch.extract.pipeline.NamedRule;

/** The rules by which the report stage takes several frames of one document for one event; examples invented. */
public enum MergeRule implements NamedRule {
    RESTATED("the same type and day told again in the paragraph, at no new place: 'Troops clashed at X. The clash lasted an hour.'"),
    REFERENCED("an event named with its date is the document's own report of that kind and day, wherever told"),
    CAPTURED_IN_FIGHT("soldiers captured on a day of fighting told beside it were taken in the fight (one battle, not an arrest)"),
    RESTATED_IN_STORY("in a report of the day, the same day's fighting told again in a later paragraph at no new place"),
    TOLL_REPORTED_LATER("losses a party reports a day or two after a fight, as harm already done ('had been killed'), are that fight's toll"),
    BARE_TOLL_AFTER_ACT("harm counted with no party and no place right after an act: 'Troops fired at X. One of them died.'"),
    ACCORD_NAMED_AGAIN("an accord named only by its noun on the story's day is the accord told beside it: 'They agreed a ceasefire on 3 May. The truce holds.'"),
    TOLL_OF_TOLD_FIGHT("harm counted in a back-reference to the fight just told: 'a soldier was wounded in the clashes'"),
    DENIAL_OF_TOLD_ACT("a party's denial of fire at the place and day just told, or of an act of the very kind told before (a blockade, a crossing), is that act's denial, not a second act: 'Rockets hit Kesta on 11 May, Southia said. Northia denied firing on Kesta.'"),
    REFERS_BACK("a fight named again with a determiner is the fight just told: 'Y said the fighting was provoked'"),
    SAME_BATTLE_UNDER_HEADING("a placeless report of the same day's fighting under the same dated heading"),
    SUMMARY("a month's or week's mention of an act the document also tells by day: 'in May, troops crossed ...'"),
    PLACELESS_LEAD("a placeless lead of fighting followed by the same day's report at a named place"),
    CROSSING_MET_BY_FIGHT("a crossing followed in the next sentence by fighting at no other place is one battle"),
    PROTEST_BROKEN_UP("a protest the police broke up later that day, told placeless, is the day's one protest: '20:10 crowds gather ... 22:40 police push them back'"),
    TALKS_TOLD_AGAIN("talks of the day told again, by no other parties and at no other place: 'The ministers met on 3 May. The sides discussed the border.'"),
    HEADLINE("a headline restates the story its body tells: 'Two soldiers killed in border clash' joins the body's report"),
    UMBRELLA("a report naming only provinces (or a placeless crossing) joins the same day's report at a locality");

    private final String reason;

    MergeRule(String reason) {
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
        return "reports";
    }
}
