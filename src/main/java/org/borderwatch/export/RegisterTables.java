package org.borderwatch.export;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.analysis.agreements.AgreementEntry;
import org.borderwatch.analysis.agreements.AgreementRegister;
import org.borderwatch.analysis.agreements.Violation;
import org.borderwatch.analysis.appeals.AppealRecord;
import org.borderwatch.analysis.appeals.AppealRegister;
import org.borderwatch.analysis.corridors.CorridorRegister;
import org.borderwatch.analysis.corridors.RouteRecord;
import org.borderwatch.analysis.corridors.StatusInterval;
import org.borderwatch.analysis.corridors.YearDays;
import org.borderwatch.analysis.sources.EventSources;
import org.borderwatch.analysis.sources.ReportSource;
import org.borderwatch.analysis.sources.SourceRegister;
import org.borderwatch.analysis.territory.GroundClaim;
import org.borderwatch.analysis.territory.SourceSeries;
import org.borderwatch.analysis.territory.TerritorialChange;
import org.borderwatch.analysis.territory.TerritoryRegister;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;

/**
 * The registers as tables, one row per agreement, status interval, figure, appeal or event: ranges are written as
 * ranges ("10–14", "at least 30"), dates to the precision the reports give ("2022-08" for a month).
 */
public final class RegisterTables {
    private RegisterTables() {
    }

    public static RegisterTable agreements(AgreementRegister register) {
        List<List<String>> rows = new ArrayList<>();
        for (AgreementEntry a : register.agreements()) {
            Agreement g = a.agreement();
            rows.add(List.of(g.id(), g.name() == null ? "" : g.name(), g.kind().label(), date(g.date()),
                    String.join("; ", g.parties()) + (g.partiesAssumed() ? " (assumed)" : ""), text(g.mediator()),
                    g.area().label(), a.canBeViolated() ? Integer.toString(a.violations().size()) : "n/a",
                    a.canBeViolated() ? deaths(a) : "", days(a.daysToFirstViolation()), ended(a),
                    Integer.toString(g.eventIds().size())));
        }
        return new RegisterTable("Agreements and their violations",
                List.of("id", "name", "kind", "date", "parties", "mediator", "area", "violations", "deaths",
                        "days_to_first_violation", "ended_or_superseded", "reports"), rows);
    }

    public static RegisterTable violations(AgreementEntry entry) {
        List<List<String>> rows = new ArrayList<>();
        for (Violation v : entry.violations()) {
            rows.add(List.of(v.eventId(), date(v.date()), v.subEventType(), text(v.actor1()), text(v.actor2()),
                    text(v.place()), range(v.deathsLow(), v.deathsHigh())));
        }
        return new RegisterTable("Violations of " + (entry.agreement().name() != null ? entry.agreement().name()
                : entry.agreement().id()), List.of("event_id", "date", "sub_event_type", "actor1", "actor2", "place", "deaths"),
                rows);
    }

    public static RegisterTable corridors(CorridorRegister register) {
        List<List<String>> rows = new ArrayList<>();
        for (RouteRecord r : register.routes()) {
            for (StatusInterval i : r.intervals()) {
                rows.add(List.of(r.route().name(), i.status().name().toLowerCase(), date(i.from()),
                        i.until() == null ? "" : date(i.until()), i.lastSeen().toString(), i.days().text(),
                        String.join("; ", i.causedBy()), String.join("; ", i.eventIds()), String.join("; ", i.rules())));
            }
        }
        return new RegisterTable("Route status intervals",
                List.of("route", "status", "from", "until", "last_seen", "days", "caused_by", "events", "rules"), rows);
    }

    public static RegisterTable closedDays(CorridorRegister register) {
        List<List<String>> rows = new ArrayList<>();
        for (RouteRecord r : register.routes()) {
            for (YearDays y : r.byYear()) {
                rows.add(List.of(r.route().name(), Integer.toString(y.year()), y.closed().text(), y.restricted().text()));
            }
            if (r.intervals().isEmpty()) {
                // nothing reported is not a route open all along: no count at all
                rows.add(List.of(r.route().name(), "all", "no report", "no report"));
            } else {
                rows.add(List.of(r.route().name(), "all", r.daysClosed().text(), r.daysRestricted().text()));
            }
        }
        return new RegisterTable("Days closed and restricted", List.of("route", "year", "closed_days", "restricted_days"), rows);
    }

    public static RegisterTable territory(TerritoryRegister register) {
        List<List<String>> rows = new ArrayList<>();
        for (SourceSeries s : register.areaBySource()) {
            for (GroundClaim c : s.claims()) {
                rows.add(claimRow(c));
            }
        }
        for (GroundClaim c : register.depthClaims()) {
            rows.add(claimRow(c));
        }
        return new RegisterTable("Ground taken, by source",
                List.of("source", "side", "date", "kind", "figure", "taken_by", "event_id", "words"), rows);
    }

    private static List<String> claimRow(GroundClaim c) {
        return List.of(c.source(), text(c.side()), date(c.date()), c.kind(), c.figure().text(), text(c.takenBy()),
                c.eventId(), c.evidence() == null ? "" : c.evidence().text());
    }

    public static RegisterTable territorialChanges(TerritoryRegister register) {
        List<List<String>> rows = new ArrayList<>();
        for (TerritorialChange c : register.changes()) {
            rows.add(List.of(c.eventId(), date(c.date()), c.subEventType(), text(c.takenBy()), text(c.takenFrom()),
                    text(c.place()), text(c.recognisedCountry()), text(c.region()),
                    c.depthKm() == null ? "" : "≈" + c.depthKm(),
                    String.join("; ", c.figures().stream().map(f -> f.figure().text() + " (" + f.source() + ")").toList())));
        }
        return new RegisterTable("Events of territorial change", List.of("event_id", "date", "sub_event_type", "taken_by",
                "taken_from", "place", "recognised_country", "region", "depth_inside_km", "figures"), rows);
    }

    public static RegisterTable appeals(AppealRegister register) {
        List<List<String>> rows = new ArrayList<>();
        for (AppealRecord r : register.appeals()) {
            rows.add(List.of(appealDate(r),
                    r.appeal().requester(), String.join("; ", r.appeal().addressees()), text(r.appeal().basis()),
                    r.answer().kind().label(), r.answer().date() == null ? "" : date(r.answer().date()),
                    days(r.answer().delay()), String.join("; ", r.appeal().eventIds()), text(r.answer().eventId())));
        }
        return new RegisterTable("Appeals to allies", List.of("date", "requester", "addressees", "basis", "answer",
                "answer_date", "delay_days", "appeal_events", "answer_event"), rows);
    }

    /** An appeal no report dates was made before its answer: at the latest on the answer's last possible day. */
    private static String appealDate(AppealRecord r) {
        if (r.appeal().date() != null) {
            return date(r.appeal().date());
        }
        return r.answer().date() == null ? "" : "before " + r.answer().date().lastDay();
    }

    /** @param onlyOneSided true: only the events that rest on one side's word */
    public static RegisterTable sources(SourceRegister register, boolean onlyOneSided) {
        List<List<String>> rows = new ArrayList<>();
        for (EventSources e : register.events()) {
            if (onlyOneSided && !e.oneSided()) {
                continue;
            }
            List<String> sources = new ArrayList<>();
            for (ReportSource r : e.reports()) {
                sources.add(describe(r));
            }
            rows.add(List.of(e.eventId(), date(e.date()), e.subEventType(), text(e.oneSide()), String.join(" | ", sources)));
        }
        return new RegisterTable("Whose word each event rests on",
                List.of("event_id", "date", "sub_event_type", "one_side", "sources"), rows);
    }

    private static String describe(ReportSource r) {
        String publisher = r.publisher() == null ? "unknown publisher" : r.publisher();
        String who = r.publisherSide() == null ? publisher : publisher + " [" + r.publisherSide() + " " + r.publisherKind() + "]";
        List<String> claimants = r.claimants().stream()
                .map(c -> c.claimant() + (c.side() == null ? "" : " [" + c.side() + "]")).toList();
        return who + (claimants.isEmpty() ? "" : " quoting " + String.join(", ", claimants))
                + " → " + (r.side() == null ? "no one side" : r.side());
    }

    /** "2022-09-13", "2022-09-13 to 2022-09-15", "2022-09" (month), "2022" (year), "week of 2022-09-12". */
    public static String date(DateSpan d) {
        if (d == null) {
            return "";
        }
        return switch (d.precision()) {
            case YEAR -> d.start().toString().substring(0, 4);
            case MONTH -> d.start().toString().substring(0, 7);
            case WEEK -> "week of " + d.start();
            case DAY -> d.end() == null || d.end().equals(d.start()) ? d.start().toString() : d.start() + " to " + d.end();
        };
    }

    private static String deaths(AgreementEntry a) {
        if (a.violations().isEmpty()) {
            return "0";
        }
        String known = a.violations().size() == a.violationsWithoutDeaths() ? "not stated"
                : range(a.deathsLow(), a.deathsHigh());
        return a.violationsWithoutDeaths() == 0 || a.violations().size() == a.violationsWithoutDeaths() ? known
                : known + " (" + a.violationsWithoutDeaths() + " of " + a.violations().size() + " state none)";
    }

    private static String ended(AgreementEntry a) {
        if (a.agreement().ended() != null) {
            return "ended " + date(a.agreement().ended());
        }
        return a.supersededBy() == null ? "" : "superseded by " + a.supersededBy() + " (" + date(a.endedOn()) + ")";
    }

    private static String range(Integer low, Integer high) {
        if (low == null) {
            return "";
        }
        return high == null || high.equals(low) ? low.toString() : low + "–" + high;
    }

    private static String days(DayRange d) {
        return d == null ? "" : d.text();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
