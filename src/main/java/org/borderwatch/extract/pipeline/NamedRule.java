package org.borderwatch.extract.pipeline;

import org.borderwatch.domain.Decision;

/**
 * A coding rule with a stable name and a one-line reason, so every decision it takes can be recorded,
 * listed ({@code borderwatch explain --rules}) and questioned. Rules are enum constants of the stage
 * that applies them.
 */
public interface NamedRule {
    /** The stable, kebab-case name shown in traces: "negated", "one-per-place". */
    String ruleName();

    /** Why the rule exists, in one line with an invented example. */
    String reason();

    /** The stage that applies the rule. */
    String stage();

    default Decision decide(Decision.Verdict verdict, String detail) {
        return new Decision(stage(), ruleName(), verdict, detail);
    }

    /** The kebab-case form of an enum constant's name: NOMINAL_SPEECH → nominal-speech. */
    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
