package org.borderwatch.extract.trigger;

import java.util.List;
import org.borderwatch.extract.layout.Token;

/** A word or phrase that reports an event of some class, tokens [from, to) of its sentence. */
public record Trigger(TriggerClass triggerClass, int from, int to, String text) {

    /** The trigger of class {@code c} over tokens [from, to) of the sentence, its text their words as written. */
    public static Trigger over(TriggerClass c, List<Token> tokens, int from, int to) {
        return new Trigger(c, from, to, String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList()));
    }

    /** Whether there are triggers and every one of them counts harm ("killed", "wounded"): a toll, no act told. */
    public static boolean onlyCasualties(List<Trigger> triggers) {
        return !triggers.isEmpty() && triggers.stream().allMatch(t -> t.triggerClass() == TriggerClass.CASUALTY);
    }
}
