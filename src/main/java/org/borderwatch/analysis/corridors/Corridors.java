package org.borderwatch.analysis.corridors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.domain.DayRange;

/** Derives the register of corridors and blockades: each configured route's status intervals and days closed. */
public final class Corridors {
    private final List<Route> routes;
    private final StatusReader reader;

    public Corridors(List<Route> routes, Parties parties) {
        this.routes = List.copyOf(routes);
        this.reader = new StatusReader(routes, parties);
    }

    public CorridorRegister derive(RegisterInput input) {
        List<StatusObservation> observations = reader.read(input);
        List<RouteRecord> out = new ArrayList<>();
        for (Route r : routes) {
            List<StatusInterval> intervals = IntervalBuilder.build(
                    observations.stream().filter(o -> o.routeId().equals(r.id())).toList());
            Map<Integer, DayRange> closed = IntervalBuilder.daysByYear(intervals, RouteStatus.CLOSED);
            Map<Integer, DayRange> restricted = IntervalBuilder.daysByYear(intervals, RouteStatus.RESTRICTED);
            List<YearDays> byYear = new ArrayList<>();
            TreeSet<Integer> years = new TreeSet<>(closed.keySet());
            years.addAll(restricted.keySet());
            DayRange none = DayRange.exactly(0);
            for (int y : years) {
                byYear.add(new YearDays(y, closed.getOrDefault(y, none), restricted.getOrDefault(y, none)));
            }
            out.add(new RouteRecord(r, intervals, total(intervals, RouteStatus.CLOSED), total(intervals, RouteStatus.RESTRICTED),
                    byYear));
        }
        return new CorridorRegister(out);
    }

    private static DayRange total(List<StatusInterval> intervals, RouteStatus status) {
        return intervals.stream().filter(i -> i.status() == status).map(StatusInterval::days)
                .reduce(DayRange.exactly(0), DayRange::plus);
    }
}
