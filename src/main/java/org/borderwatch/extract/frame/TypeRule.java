package org.borderwatch.extract.frame;

import org.borderwatch.extract.pipeline.NamedRule;

/** The rules by which {@link EventTyper} chooses a frame's ACLED sub-event type, in the order it tries them. */
public enum TypeRule implements NamedRule {
    ACCORD_FIRST("a handover or accord told before any violence is the news; the violence is its past: 'Southia freed ten soldiers captured in the fighting'"),
    REGAINS_TERRITORY("ground taken by force inside a region a non-state actor holds: 'in the fighting, troops seized the village of Tarn'"),
    FIGHT_AS_SETTING("an act with no harm to people told, whose fight is named only as its time: 'as the fighting reached Kesta, troops set fire to homes in Lorva'"),
    CIVILIAN_TARGET("violence whose named target is civilians and no military: 'soldiers fired at farmers'"),
    CLASH("fighting between armed forces: 'the two armies exchanged fire'"),
    DRONE_STRIKE("a one-sided strike by drones or aircraft alone: 'a drone struck the depot'"),
    MINE("a landmine or explosive device, with no shelling beside it: 'two soldiers died when their truck hit a mine'"),
    SHELLING("one-sided artillery, mortar or missile fire: 'the town was shelled'"),
    HARM_IN_FIGHT("soldiers killed, wounded or captured in a reported fight: 'six soldiers were killed'"),
    VERBAL_AGREEMENT("an agreement told as reached or signed: 'the sides agreed to a truce'"),
    CROWDS("crowds of civilians fighting each other: 'villagers from both sides threw stones at each other'"),
    BLOCKADE("a road or corridor closed, even by a sit-in, is a blockade: 'activists blocked the corridor in a sit-in'"),
    PROTEST_MET_BY_FORCE("protesters who clash with the police are a protest met by force, not a battle: 'protesters clashed with the police in the square'"),
    PROTEST_INTERVENED("a protest with arrests or broken up by force: 'police detained forty protesters in the square', 'police fired tear gas at the crowd'"),
    DISRUPTED_WEAPON("a weapon's use stopped: 'air defence shot down a drone', 'sappers defused a mine'"),
    CAPTURE("soldiers taken without a reported fight: 'two soldiers were detained'"),
    BASE("a checkpoint, outpost or base set up: 'troops set up a checkpoint on the road'"),
    DESTRUCTION("property set on fire, looted or demolished outside a strike: 'soldiers set fire to the hayfields'"),
    TERRITORY("ground taken or positions moved without fighting: 'troops advanced two kilometres'"),
    MOBILISATION("a mobilisation declared: 'a partial mobilisation was declared'"),
    PROTEST("a protest with no intervention reported: 'hundreds rallied in the square'"),
    STRATEGIC_OTHER("meetings, calls, appeals, blockades, deployments, exercises: 'the ministers met in Vienna'"),
    AGREEMENT_NOUN("an accord named as the news: 'a ceasefire from midnight'");

    private final String reason;

    TypeRule(String reason) {
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
        return "frames";
    }
}
