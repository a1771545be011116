package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor and text filters hold to their plain meaning, computed here over the events in memory (a guard
 * for any faster way of answering them): actor = the query, trimmed, occurs in one of the event's actor names
 * (main or associated), ignoring case; text = every white-space separated query word occurs somewhere in
 * the event's actors, notes, places, evidence or claimants, ignoring case.
 */
class ActorAndTextFilterTest {
    private static final String[] ACTORS = {"Military Forces of Northland", "Military Forces of Southland",
        "Police Forces of Northland", "Civilians (Southland)", "Protesters (Northland)", "Unidentified Armed Group",
        "Border Guards of Southland", "Rebels of the Hills"};
    private static final String[] PLACES = {"Lakeside", "Hill Fort", "Old Mill", "Riverbend", "Stone Bridge"};
    private static final String[] WORDS = {"shelling", "shells", "drone", "Drones", "mortar,", "village;",
        "ceasefire", "CEASE-FIRE", "wounded", "killed", "(reported)", "\"attack\"", "42", "1042", "ÉCOLE", "straße"};

    @TempDir
    Path dir;
    Store store;
    final List<Event> events = new ArrayList<>();

    String storeLocation() {
        return dir.resolve("db").toString();
    }

    @BeforeEach
    void fill() {
        store = JdbcStore.open(storeLocation());
        Random random = new Random(7);
        for (int d = 0; d < 3; d++) {
            String doc = "doc-" + d;
            store.documents().save(StoreSamples.document(doc));
            List<Event> ofDoc = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ofDoc.add(randomEvent(random, doc + "-ev-" + i, doc));
            }
            store.events().replaceForDocument(doc, ofDoc, "t1");
            events.addAll(ofDoc);
        }
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static Event randomEvent(Random r, String id, String doc) {
        String actor1 = r.nextInt(10) == 0 ? null : pick(r, ACTORS);
        String actor2 = r.nextInt(3) == 0 ? null : pick(r, ACTORS);
        List<String> assoc1 = r.nextInt(4) == 0 ? List.of(pick(r, ACTORS), "Volunteers of " + pick(r, PLACES)) : List.of();
        List<Location> places = r.nextInt(8) == 0 ? List.of()
                : List.of(StoreSamples.place(pick(r, PLACES), r.nextBoolean() ? "Northland" : "Southland",
                        r.nextBoolean() ? "Upper Valley" : "Coast", 40 + r.nextDouble(), 45 + r.nextDouble()));
        String notes = r.nextInt(5) == 0 ? null : sentence(r) + " near village " + r.nextInt(60);
        List<Evidence> evidence = r.nextBoolean() ? List.of(new Evidence(doc, new Span(0, 5), new Span(0, 5), sentence(r)))
                : List.of();
        List<Claim> claims = r.nextInt(3) == 0 ? List.of(new Claim("Ministry of " + pick(r, PLACES), Stance.DENIES, null))
                : List.of();
        return new Event(id, doc, DateSpan.day(LocalDate.of(2021, 1, 1).plusDays(r.nextInt(700))),
                SubEventType.values()[r.nextInt(SubEventType.values().length)], actor1, assoc1, actor2, List.of(),
                places, r.nextBoolean() ? Fatalities.exactly(r.nextInt(9)) : Fatalities.UNKNOWN, null, List.of(),
                notes, evidence, claims, null);
    }

    private static String sentence(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            s.append(i == 0 ? "" : r.nextInt(6) == 0 ? "\n" : " ").append(pick(r, WORDS));
        }
        return s.toString();
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    @Test
    void actorFilterFindsExactlyTheEventsWithAMatchingActorName() {
        for (String actor : List.of("Military Forces of Northland", "military forces of northland", "forces of",
                "  Northland) ", "of s", "volunteers of lake", "(", "rebels", "hills", "guards of", "xyz", "of the h")) {
            assertSameEvents(query(actor, null), e -> actorsOf(e).contains(lower(actor.trim())), "actor " + actor);
        }
    }

    @Test
    void textFilterFindsExactlyTheEventsContainingEveryWord() {
        for (String text : List.of("shell", "SHELLING drone", "village 4", "village 42", "42", "104", "mortar,",
                "ceasefire cease-fire", "(reported) \"attack\"", "école", "STRASSE", "straße", "ministry riverbend",
                "upper valley", "southland", "volunteers", "a", "nothing-like-this", "s\ns")) {
            List<String> words = List.of(lower(text).trim().split("\\s+"));
            assertSameEvents(query(null, text), e -> words.stream().allMatch(textOf(e)::contains), "text " + text);
        }
    }

    @Test
    void actorTextAndOtherFiltersCombine() {
        EventQuery q = new EventQuery(LocalDate.of(2021, 6, 1), null, null, null, "forces", null, null, null,
                "drone village", null, null, null, EventQuery.Sort.DATE_DESC, 1, 7);
        assertSameEvents(q, e -> !e.date().lastDay().isBefore(LocalDate.of(2021, 6, 1))
                && actorsOf(e).contains("forces") && textOf(e).contains("drone") && textOf(e).contains("village"),
                "actor, text and date");
    }

    /** Same events in the same order over all pages, same total, same statistics and claims ledger. */
    private void assertSameEvents(EventQuery q, Predicate<Event> expected, String what) {
        EventQuery.Sort sort = q.sort();
        List<String> want = events.stream().filter(expected).sorted(order(sort)).map(Event::id).toList();
        List<String> got = new ArrayList<>();
        Iterator<Event> it = store.events().iterate(q);
        it.forEachRemaining(e -> got.add(e.id()));
        assertThat(got).as(what).containsExactlyElementsOf(want);
        assertThat(store.events().search(q).total()).as(what + ": total").isEqualTo(want.size());
        assertThat(store.events().stats(q).events()).as(what + ": stats").isEqualTo(want.size());
        long disputed = events.stream().filter(expected).filter(e -> !e.claims().isEmpty()).count();
        assertThat(store.events().claimantCounts(q).stream().mapToLong(c -> c.events()).sum())
                .as(what + ": claims").isEqualTo(disputed);
    }

    private static java.util.Comparator<Event> order(EventQuery.Sort sort) {
        java.util.Comparator<Event> byDate = java.util.Comparator.<Event, LocalDate>comparing(e -> e.date().start())
                .thenComparing(Event::documentId).thenComparing(e -> ordinal(e.id()));
        return sort == EventQuery.Sort.DATE_DESC ? byDate.reversed() : byDate;
    }

    private static int ordinal(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    private static EventQuery query(String actor, String text) {
        return new EventQuery(null, null, null, null, actor, null, null, null, text, null, null, null,
                EventQuery.Sort.DATE_ASC, 1, 10);
    }

    private static String actorsOf(Event e) {
        List<String> names = new ArrayList<>();
        addIfPresent(names, e.actor1());
        e.assocActors1().forEach(a -> addIfPresent(names, a));
        addIfPresent(names, e.actor2());
        e.assocActors2().forEach(a -> addIfPresent(names, a));
        return lower(String.join("\n", names));
    }

    private static String textOf(Event e) {
        List<String> parts = new ArrayList<>(List.of(actorsOf(e)));
        addIfPresent(parts, e.notes());
        for (Location l : e.locations()) {
            addIfPresent(parts, l.name());
            addIfPresent(parts, l.admin1());
            addIfPresent(parts, l.admin2());
            addIfPresent(parts, l.country());
        }
        e.evidence().forEach(ev -> addIfPresent(parts, ev.text()));
        e.claims().forEach(c -> addIfPresent(parts, c.claimant()));
        return lower(String.join("\n", parts));
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
