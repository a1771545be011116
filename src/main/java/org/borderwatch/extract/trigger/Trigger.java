package org.borderwatch.extract.trigger;

import java.util.List;

/** A word or phrase that reports an event of some class, tokens [from, to) of its sentence. */
public record Trigger(TriggerClass triggerClass, int from, int to, String text) {

    /** Whether there are triggers and every one of them counts harm ("killed", "wounded"): a toll, no act told. */
    public static boolean onlyCasualties(List<Trigger> triggers) {
        return !triggers.isEmpty() && triggers.stream().allMatch(t -> t.triggerClass() == TriggerClass.CASUALTY);
    }
}
