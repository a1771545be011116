package org.borderwatch.extract.trigger;

/** A word or phrase that reports an event of some class, tokens [from, to) of its sentence. */
public record Trigger(TriggerClass triggerClass, int from, int to, String text) {
}
