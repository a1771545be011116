package org.borderwatch.extract.trigger;

/**
 * What kind of happening a trigger reports. A sentence's triggers are combined after ACLED's
 * hierarchy: the most violent class present decides the event (a drone strike within a battle is
 * one battle).
 */
public enum TriggerClass {
    CLASH, CASUALTY, REMOTE, TERRITORY, CAPTURE, BASE, AGREEMENT, MOBILISATION, PROTEST, DIPLOMACY, APPEAL, MEASURE;

    public boolean violent() {
        return this == CLASH || this == CASUALTY || this == REMOTE;
    }
}
