package org.borderwatch.domain;

import java.util.List;
import java.util.Objects;

/**
 * One event as one document reports it, coded after ACLED's codebook: when, what, who against whom,
 * where, how many died, with the evidence that states it and the claims made about it. Several
 * documents' reports of the same real event are grouped by {@link MergedEvent}.
 *
 * @param assocActors1 associated actors of actor1 (ACLED assoc_actor_1)
 * @param locations    the places named, most specific first; the first gives the coordinates
 */
public record Event(
        String id,
        String documentId,
        DateSpan date,
        SubEventType subEventType,
        String actor1,
        List<String> assocActors1,
        String actor2,
        List<String> assocActors2,
        List<Location> locations,
        Fatalities fatalities,
        Casualties casualties,
        List<Measure> measures,
        String notes,
        List<Evidence> evidence,
        List<Claim> claims,
        BorderPosition border) {

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subEventType, "subEventType");
        assocActors1 = List.copyOf(assocActors1);
        assocActors2 = List.copyOf(assocActors2);
        locations = List.copyOf(locations);
        measures = List.copyOf(measures);
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
        fatalities = fatalities == null ? Fatalities.UNKNOWN : fatalities;
        casualties = casualties == null ? Casualties.NONE_STATED : casualties;
    }

    public EventType eventType() {
        return subEventType.type();
    }

    /** The first location, or null when the text names none. */
    public Location primaryLocation() {
        return locations.isEmpty() ? null : locations.get(0);
    }

    public Event withLocations(List<Location> newLocations, BorderPosition newBorder) {
        return new Event(id, documentId, date, subEventType, actor1, assocActors1, actor2, assocActors2,
                newLocations, fatalities, casualties, measures, notes, evidence, claims, newBorder);
    }

    public Event withId(String newId) {
        return new Event(newId, documentId, date, subEventType, actor1, assocActors1, actor2, assocActors2,
                locations, fatalities, casualties, measures, notes, evidence, claims, border);
    }
}
