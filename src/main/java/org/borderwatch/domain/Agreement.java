package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.List;

/** A ceasefire, truce or other accord, so violations can be tied to what they broke. */
public record Agreement(String name, LocalDate date, List<String> parties, String mediator) {
    public Agreement {
        parties = List.copyOf(parties);
    }
}
