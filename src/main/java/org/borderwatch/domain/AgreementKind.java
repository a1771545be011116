package org.borderwatch.domain;

/** What an agreement settles, and whether fighting between its parties afterwards breaks it. */
public enum AgreementKind {
    CEASEFIRE("ceasefire", true),
    TRILATERAL_STATEMENT("trilateral statement", true),
    PULL_BACK("pull-back deal", true),
    BORDER_TREATY("border treaty", true),
    PRISONER_EXCHANGE("prisoner exchange", false),
    /** An agreement to negotiate: to draft a treaty, to set up a commission, to meet again. */
    PEACE_PROCESS("agreement to negotiate", false),
    OTHER("other agreement", false);

    private final String label;
    private final boolean forbidsHostilities;

    AgreementKind(String label, boolean forbidsHostilities) {
        this.label = label;
        this.forbidsHostilities = forbidsHostilities;
    }

    public String label() {
        return label;
    }

    /** True when violence between the parties after it is a violation of it (a ceasefire is; a prisoner swap is not). */
    public boolean forbidsHostilities() {
        return forbidsHostilities;
    }

    /** By label ("pull-back deal"), enum name or its kebab form ("pull-back"). */
    public static AgreementKind fromText(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (AgreementKind k : values()) {
            if (k.label.equals(t) || k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown agreement kind '" + text + "' (one of: ceasefire, trilateral-statement,"
                + " pull-back, border-treaty, prisoner-exchange, peace-process, other)");
    }
}
