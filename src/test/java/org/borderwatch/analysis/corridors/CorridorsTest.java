package org.borderwatch.analysis.corridors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.PASS_ROAD;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.document;
import static org.borderwatch.analysis.registers.InventedConflict.event;
import static org.borderwatch.analysis.registers.InventedConflict.input;
import static org.borderwatch.analysis.registers.InventedConflict.month;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** The corridors register on invented events: status rules, intervals from overlapping reports, days closed. */
class CorridorsTest {
    private final Corridors corridors = new Corridors(List.of(PASS_ROAD), InventedConflict.parties());

    private static ReportedEvent says(String id, String doc, DateSpan date, String words) {
        return event(report(id, doc, date, SubEventType.OTHER).actors(NORTH_FORCES, null).says(words));
    }

    private RouteRecord route(RegisterInput input) {
        return corridors.derive(input).routes().get(0);
    }

    private RouteRecord route(ReportedEvent... events) {
        return route(input(List.of(events)));
    }

    @Test
    void aClosureEndsAtTheReopeningAndOverlappingReportsOfItAreOneInterval() {
        RouteRecord r = route(
                says("a", "d1", day("2023-03-10"), "Northian troops closed the Pass Road."),
                says("b", "d2", day("2023-03-12"), "The Pass highway stayed blocked for a second day."),
                says("c", "d3", month("2023-03"), "In March the Pass Road was blockaded."),
                says("d", "d4", day("2023-04-01"), "The Pass Road was reopened to traffic."));
        // "In March" sorts first: the closure is known from some day of March
        assertThat(r.intervals()).extracting(StatusInterval::status).containsExactly(RouteStatus.CLOSED, RouteStatus.OPEN);
        StatusInterval closed = r.intervals().get(0);
        assertThat(closed.eventIds()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(closed.until()).isEqualTo(day("2023-04-01"));
        // from 1 March at the earliest, 31 March at the latest, until 1 April: 1 to 31 days
        assertThat(closed.days()).isEqualTo(new DayRange(1, 31L));
        assertThat(closed.causedBy()).containsExactly(NORTH_FORCES);
        assertThat(r.daysClosed()).isEqualTo(new DayRange(1, 31L));
    }

    @Test
    void daysClosedAreSplitByYear() {
        RouteRecord r = route(
                says("a", "d1", day("2022-12-20"), "The Pass Road was closed."),
                says("b", "d2", day("2023-01-10"), "The Pass Road reopened."));
        assertThat(r.byYear()).containsExactly(new YearDays(2022, DayRange.exactly(12), DayRange.exactly(0)),
                new YearDays(2023, DayRange.exactly(9), DayRange.exactly(0)));
        assertThat(r.daysClosed()).isEqualTo(DayRange.exactly(21));
    }

    @Test
    void aClosureStillInForceWhenReportedRunsAtLeastToThePublication() {
        RegisterInput in = input(List.of(says("a", "d1", day("2023-01-05"), "The Pass Road has been blocked since January 5.")),
                document("d1", "Wire Service", "2023-02-04"));
        StatusInterval open = route(in).intervals().get(0);
        assertThat(open.openEnded()).isTrue();
        assertThat(open.lastSeen()).isEqualTo(LocalDate.of(2023, 2, 4));
        assertThat(open.days()).isEqualTo(DayRange.atLeast(30));
        assertThat(open.days().text()).isEqualTo("at least 30");
    }

    @Test
    void eachRuleReadsItsStatus() {
        assertThat(status("Southian police set up a checkpoint on the Pass Road.")).contains(RouteStatus.RESTRICTED);
        assertThat(status("A convoy was let through on the blockaded Pass Road.")).contains(RouteStatus.RESTRICTED);
        assertThat(status("The blockade of the Pass Road was lifted.")).contains(RouteStatus.OPEN);
        assertThat(status("Activists began a sit-in on the Pass Road.")).contains(RouteStatus.CLOSED);
        // a closure told as past is no closure now; the tolls are what this report says
        assertThat(status("Tolls are charged on the Pass Road, which Northia had previously blockaded."))
                .contains(RouteStatus.RESTRICTED);
        assertThat(status("The Pass Road runs through the valley.")).isEmpty();
    }

    private java.util.Optional<RouteStatus> status(String words) {
        List<StatusInterval> intervals = route(says("a", "d1", day("2023-01-01"), words)).intervals();
        return intervals.stream().map(StatusInterval::status).findFirst();
    }

    @Test
    void aPlaceAlongTheRouteNamesItOnlyBesideAWordForARoad() {
        assertThat(route(says("a", "d1", day("2023-01-01"), "A section of the road near Stonebridge was blocked.")).intervals())
                .hasSize(1);
        assertThat(route(says("a", "d1", day("2023-01-01"), "Shops in Stonebridge closed early.")).intervals()).isEmpty();
    }

    @Test
    void aSentenceAboutTheBlockadeContinuesTheRouteNamedJustBefore() {
        ReportedEvent named = event(report("a", "d1", day("2023-05-01"), SubEventType.OTHER).actors(SOUTH_FORCES, null)
                .says("Southian forces blocked the Pass Road.").at(100));
        ReportedEvent following = event(report("b", "d1", day("2023-05-03"), SubEventType.OTHER).actors(NORTH_FORCES, null)
                .says("The blockade was eased under escort two days later.").at(160));
        ReportedEvent farAway = event(report("c", "d1", day("2023-06-03"), SubEventType.OTHER).actors(NORTH_FORCES, null)
                .says("The blockade was lifted.").at(5000));
        RouteRecord r = route(named, following, farAway);
        assertThat(r.intervals()).extracting(StatusInterval::status).containsExactly(RouteStatus.CLOSED, RouteStatus.RESTRICTED);
        assertThat(r.intervals().get(0).causedBy()).containsExactly(SOUTH_FORCES);
    }

    @Test
    void violentEventsAndUnrelatedWordsSayNothingOfARoute() {
        ReportedEvent clash = event(report("a", "d1", day("2023-01-01"), SubEventType.ARMED_CLASH)
                .actors(NORTH_FORCES, SOUTH_FORCES).says("Troops clashed and blocked the Pass Road."));
        assertThat(route(clash).intervals()).isEmpty();
        assertThat(route(new ReportedEvent[0]).intervals()).isEmpty();
    }

}
