package org.borderwatch.domain;

/**
 * One step in coding an event: the named rule that decided something about a candidate (kept or dropped
 * it, typed, dated, placed, split or merged it), at which stage, and what it decided. An event carries the
 * decisions that made it, so an analyst can audit a coding and see which rule to question.
 *
 * @param stage  the pipeline stage that applied the rule ("triggers", "frames", "reports", "places")
 * @param rule   the rule's stable name ("negated", "one-per-place")
 * @param verdict what the rule did
 * @param detail what it decided about this candidate, in words ("Battles/Armed clash", "2021-05-12 (stated)")
 */
public record Decision(String stage, String rule, Verdict verdict, String detail) {
    /** What a rule did to a candidate event. */
    public enum Verdict { KEEP, DROP, TYPE, DATE, PLACE, ACTOR, SPLIT, MERGE }

    /** One line for people: "frames/stated-date: DATE 2021-05-12". */
    public String describe() {
        return stage + "/" + rule + ": " + verdict + (detail == null || detail.isEmpty() ? "" : " " + detail);
    }
}
