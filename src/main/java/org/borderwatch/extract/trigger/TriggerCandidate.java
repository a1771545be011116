package org.borderwatch.extract.trigger;

import org.borderwatch.domain.Decision;

/** A lexicon hit and what the trigger stage decided about it (kept, or dropped by a named rule). */
public record TriggerCandidate(Trigger trigger, Decision decision) {
    public boolean kept() {
        return decision.verdict() == Decision.Verdict.KEEP;
    }
}
