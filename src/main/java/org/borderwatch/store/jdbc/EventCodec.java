package org.borderwatch.store.jdbc;

import java.util.List;
import org.borderwatch.domain.Disagreement;
import org.borderwatch.domain.Event;

/** Turns events (and a merged event's disagreements) into the text stored with them, and back. */
interface EventCodec {
    String write(Event event);

    Event read(String stored);

    String writeDisagreements(List<Disagreement> disagreements);

    List<Disagreement> readDisagreements(String stored);

    String writeIds(List<String> ids);

    List<String> readIds(String stored);
}
