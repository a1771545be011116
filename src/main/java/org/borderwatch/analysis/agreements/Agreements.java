package org.borderwatch.analysis.agreements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.parties.Regions;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;

/**
 * Derives the register of agreements and their violations. Agreements come from the extracted Agreement events
 * (read by {@link AgreementReader}, merged by {@link AgreementMerger}) and from the user's agreements.yaml. A violent
 * event (ACLED's political violence: battles, explosions and remote violence, violence against civilians) whose two
 * sides are parties of an agreement forbidding hostilities, on ground it covers, dated wholly after it and before it
 * ended, violates it; of several, the latest. An event dated on an agreement's own day (or within its month, for a
 * month-dated one) may have come before it, so it counts against the agreement before, if any.
 */
public final class Agreements {
    private final Parties parties;
    private final Regions regions;
    private final AgreementReader reader;

    public Agreements(Parties parties, ActorLexicon lexicon, Regions regions) {
        this.parties = parties;
        this.regions = regions;
        this.reader = new AgreementReader(parties, lexicon, regions);
    }

    /** @param named the agreements a user names in the conflict's agreements.yaml */
    public AgreementRegister derive(RegisterInput input, List<Agreement> named) {
        List<Agreement> extracted = input.events().stream()
                .filter(e -> e.subEventType() == SubEventType.AGREEMENT)
                .map(reader::read)
                .toList();
        List<Agreement> agreements = AgreementMerger.merge(named, extracted);
        List<Agreement> binding = agreements.stream().filter(a -> a.kind().forbidsHostilities()).toList();

        Map<String, List<Violation>> violations = new LinkedHashMap<>();
        int violent = 0;
        int betweenParties = 0;
        int linked = 0;
        for (ReportedEvent e : input.events()) {
            if (!e.representative().eventType().violent()) {
                continue;
            }
            violent++;
            Set<String> sides = sidesOf(e);
            if (sides.size() < 2) {
                continue;
            }
            betweenParties++;
            Optional<Agreement> broken = inForce(binding, e, sides);
            if (broken.isPresent()) {
                linked++;
                violations.computeIfAbsent(broken.get().id(), k -> new ArrayList<>()).add(violation(e));
            }
        }
        List<AgreementEntry> entries = new ArrayList<>();
        for (Agreement a : agreements) {
            Agreement next = a.kind().forbidsHostilities() ? supersededBy(binding, a) : null;
            DateSpan endedOn = a.ended() != null ? a.ended() : next == null ? null : next.date();
            entries.add(entry(a, next == null ? null : next.id(), endedOn, violations.getOrDefault(a.id(), List.of())));
        }
        return new AgreementRegister(entries, violent, betweenParties, linked);
    }

    /** The sides an event is between: of its actors, and the country it happened in when only one actor's side is known. */
    Set<String> sidesOf(ReportedEvent e) {
        Set<String> sides = new LinkedHashSet<>();
        for (String actor : e.actors()) {
            parties.sideOf(actor).ifPresent(sides::add);
        }
        if (sides.size() == 1 && parties.isSide(e.recognisedCountry())) {
            sides.add(e.recognisedCountry());
        }
        return sides;
    }

    private Optional<Agreement> inForce(List<Agreement> binding, ReportedEvent e, Set<String> sides) {
        DateSpan when = e.date();
        String region = regions.regionOf(e);
        boolean placeKnown = e.placeKnown() || region != null;
        return binding.stream()
                .filter(a -> a.parties().containsAll(sides))
                .filter(a -> a.area().covers(placeKnown, region))
                .filter(a -> a.date().lastDay().isBefore(when.start()))
                .filter(a -> a.ended() == null || !when.start().isAfter(a.ended().lastDay()))
                .max(Comparator.comparing((Agreement a) -> a.date().start()).thenComparing(a -> a.date().lastDay()));
    }

    /** The next agreement forbidding hostilities between the same sides over at least the same ground. */
    private Agreement supersededBy(List<Agreement> binding, Agreement a) {
        List<String> sides = a.parties().stream().filter(parties::isSide).toList();
        return binding.stream()
                .filter(b -> b != a && b.date().start().isAfter(a.date().lastDay()))
                .filter(b -> b.parties().containsAll(sides))
                .filter(b -> b.area().scope() == Agreement.Area.Scope.EVERYWHERE || b.area().equals(a.area()))
                .min(Comparator.comparing((Agreement b) -> b.date().start()))
                .orElse(null);
    }

    private static Violation violation(ReportedEvent e) {
        Event r = e.representative();
        List<String> places = e.placeNames();
        String place = !places.isEmpty() ? String.join("; ", places) : e.recognisedCountry();
        return new Violation(e.id(), e.reports().stream().map(Event::id).toList(), e.date(), r.eventType().label(),
                r.subEventType().label(), r.actor1(), r.actor2(), place, e.deathsLow(), e.deathsHigh());
    }

    private static AgreementEntry entry(Agreement a, String supersededBy, DateSpan endedOn, List<Violation> found) {
        List<Violation> sorted = found.stream().sorted(Comparator.comparing((Violation v) -> v.date().start())).toList();
        int low = 0;
        int high = 0;
        int without = 0;
        Map<String, int[]> months = new java.util.TreeMap<>();
        for (Violation v : sorted) {
            if (v.deathsLow() == null) {
                without++;
            } else {
                low += v.deathsLow();
                high += v.deathsHigh() == null ? v.deathsLow() : v.deathsHigh();
            }
            int[] m = months.computeIfAbsent(v.date().start().toString().substring(0, 7), k -> new int[2]);
            m[0]++;
            m[1] += v.deathsLow() == null ? 0 : v.deathsLow();
        }
        List<MonthCount> byMonth = new ArrayList<>();
        months.forEach((k, m) -> byMonth.add(new MonthCount(k, m[0], m[1])));
        DayRange first = sorted.isEmpty() ? null : DayRange.between(a.date(), sorted.get(0).date());
        return new AgreementEntry(a, supersededBy, endedOn, sorted, low, high, without, first, byMonth);
    }
}
