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
 * @param coding       the named rules that kept, typed, dated, placed, split and merged it, in order: how
 *                     this was coded (empty for events made by hand or stored before codings were kept)
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
        BorderPosition border,
        List<Decision> coding) {

    /** An event without a recorded coding (made by hand, or by a version that kept none). */
    public Event(String id, String documentId, DateSpan date, SubEventType subEventType, String actor1,
                 List<String> assocActors1, String actor2, List<String> assocActors2, List<Location> locations,
                 Fatalities fatalities, Casualties casualties, List<Measure> measures, String notes,
                 List<Evidence> evidence, List<Claim> claims, BorderPosition border) {
        this(id, documentId, date, subEventType, actor1, assocActors1, actor2, assocActors2, locations, fatalities,
                casualties, measures, notes, evidence, claims, border, List.of());
    }

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subEventType, "subEventType");
        assocActors1 = List.copyOf(assocActors1);
        assocActors2 = List.copyOf(assocActors2);
        locations = List.copyOf(locations);
        measures = List.copyOf(measures);
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
        coding = coding == null ? List.of() : List.copyOf(coding);
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
                newLocations, fatalities, casualties, measures, notes, evidence, claims, newBorder, coding);
    }

    /** The same event quoting first the evidence at {@code index} (the sentence that names its place, say). */
    public Event withEvidenceFirst(int index) {
        List<Evidence> reordered = new java.util.ArrayList<>(evidence);
        reordered.add(0, reordered.remove(index));
        return new Event(id, documentId, date, subEventType, actor1, assocActors1, actor2, assocActors2,
                locations, fatalities, casualties, measures, notes, reordered, claims, border, coding);
    }

    public Event withId(String newId) {
        return new Event(newId, documentId, date, subEventType, actor1, assocActors1, actor2, assocActors2,
                locations, fatalities, casualties, measures, notes, evidence, claims, border, coding);
    }

    /** The same event with one more coding decision recorded after the others. */
    public Event withDecision(Decision decision) {
        List<Decision> more = new java.util.ArrayList<>(coding);
        more.add(decision);
        return new Event(id, documentId, date, subEventType, actor1, assocActors1, actor2, assocActors2,
                locations, fatalities, casualties, measures, notes, evidence, claims, border, more);
    }
}
