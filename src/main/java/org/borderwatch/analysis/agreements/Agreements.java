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
        // by last day, so the agreements dated wholly before an event are a prefix found by binary search
        List<Agreement> binding = agreements.stream().filter(a -> a.kind().forbidsHostilities())
                .sorted(Comparator.comparing((Agreement a) -> a.date().lastDay())).toList();

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

    /**
     * The latest agreement (by its first day) dated wholly before the event that binds both its sides over its ground
     * and had not ended. Walks back from the last agreement dated before the event, and stops once an agreement's
     * last day lies before the best first day found: no earlier one can start later.
     */
    private Optional<Agreement> inForce(List<Agreement> byLastDay, ReportedEvent e, Set<String> sides) {
        DateSpan when = e.date();
        String region = regions.regionOf(e);
        boolean placeKnown = e.placeKnown() || region != null;
        Agreement best = null;
        for (int i = lastDatedBefore(byLastDay, when.start()); i >= 0; i--) {
            Agreement a = byLastDay.get(i);
            if (best != null && a.date().lastDay().isBefore(best.date().start())) {
                break;
            }
            boolean binds = a.parties().containsAll(sides) && a.area().covers(placeKnown, region)
                    && (a.ended() == null || !when.start().isAfter(a.ended().lastDay()));
            if (binds && (best == null || a.date().start().isAfter(best.date().start()))) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The index of the last agreement whose last day is before {@code day}, or -1. */
    private static int lastDatedBefore(List<Agreement> byLastDay, java.time.LocalDate day) {
        int lo = 0;
        int hi = byLastDay.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byLastDay.get(mid).date().lastDay().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
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
