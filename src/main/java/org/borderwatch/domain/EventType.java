package org.borderwatch.domain;

/** ACLED's six event types, with the disorder type each belongs to. */
public enum EventType {
    BATTLES("Battles", "Political violence"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence", "Political violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", "Political violence"),
    PROTESTS("Protests", "Demonstrations"),
    RIOTS("Riots", "Demonstrations"),
    STRATEGIC_DEVELOPMENTS("Strategic developments", "Strategic developments");

    private final String label;
    private final String disorderType;

    EventType(String label, String disorderType) {
        this.label = label;
        this.disorderType = disorderType;
    }

    /** The name ACLED's codebook uses. */
    public String label() {
        return label;
    }

    public String disorderType() {
        return disorderType;
    }

    /** Whether events of this type are political violence (ACLED's disorder type). */
    public boolean violent() {
        return "Political violence".equals(disorderType);
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equalsIgnoreCase(label.trim()) || t.name().equalsIgnoreCase(label.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + label);
    }
}
