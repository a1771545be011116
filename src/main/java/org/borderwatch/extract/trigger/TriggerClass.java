package org.borderwatch.extract.trigger;

/**
 * What kind of happening a trigger reports. A sentence's triggers are combined after ACLED's
 * hierarchy: the most violent class present decides the event (a drone strike within a battle is
 * one battle).
 */
public enum TriggerClass {
    CLASH,
    /** A generic attack ("attacked", "targeted"): fighting, unless its weapon makes it a strike. */
    ASSAULT,
    CASUALTY, REMOTE, MINE, TERRITORY, CAPTURE, BASE, AGREEMENT, MOBILISATION, PROTEST, DIPLOMACY, APPEAL, MEASURE,
    /** Property set on fire, looted or destroyed outside a strike. */
    DESTRUCTION,
    /** Crowds fighting crowds: stones thrown, brawls between villagers. */
    RIOT,
    /** A weapon's use stopped: a drone shot down, a mine defused. */
    INTERCEPT;

    public boolean violent() {
        return this == CLASH || this == ASSAULT || this == CASUALTY || this == REMOTE || this == MINE;
    }
}
