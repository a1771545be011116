package org.borderwatch.domain;

/** ACLED's actor categories; {@link #interCode()} is the codebook's inter1/inter2 number. */
public enum ActorKind {
    STATE_FORCES(1),
    REBEL_GROUP(2),
    POLITICAL_MILITIA(3),
    IDENTITY_MILITIA(4),
    RIOTERS(5),
    PROTESTERS(6),
    CIVILIANS(7),
    EXTERNAL_OTHER(8);

    private final int interCode;

    ActorKind(int interCode) {
        this.interCode = interCode;
    }

    public int interCode() {
        return interCode;
    }
}
