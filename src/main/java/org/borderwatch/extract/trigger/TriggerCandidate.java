package org.borderwatch.extract.trigger;

import org.borderwatch.domain.Decision;

/** A lexicon hit and what the trigger stage decided about it (kept, or dropped by a named rule). */
public record TriggerCandidate(Trigger trigger, Decision decision) {
    /** Whether it was kept, and by {@code rule}. */
    public boolean keptBy(TriggerRule rule) {
        return kept() && decidedBy(rule);
    }

    /** Whether it was decided by {@code rule}, kept or dropped. */
    public boolean decidedBy(TriggerRule rule) {
        return decision.rule().equals(rule.ruleName());
    }

    public boolean kept() {
        return decision.verdict() == Decision.Verdict.KEEP;
    }
}
