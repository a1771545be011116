package org.borderwatch.analysis.appeals;

/** What an appeal got, as the reports tell it. */
public enum AnswerKind {
    MISSION_SENT("mission sent"),
    STATEMENT_ONLY("statement or visit only"),
    REFUSED("refused"),
    /** The reports say nothing came of it ("unsuccessfully"). */
    NOTHING("nothing"),
    /** The reports give no answer at all. */
    NONE_REPORTED("no answer reported");

    private final String label;

    AnswerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
