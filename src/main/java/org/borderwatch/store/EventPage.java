package org.borderwatch.store;

import java.util.List;
import org.borderwatch.domain.Event;

/** One page of events matching a query, and how many match in all. */
public record EventPage(long total, List<Event> events) {
    public EventPage {
        events = List.copyOf(events);
    }
}
