package org.borderwatch.analysis.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.analysis.registers.InventedConflict.HIGHVALE_GUARD;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.PACT;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.event;
import static org.borderwatch.analysis.registers.InventedConflict.input;
import static org.borderwatch.analysis.registers.InventedConflict.month;
import static org.borderwatch.analysis.registers.InventedConflict.report;
import static org.borderwatch.analysis.registers.InventedConflict.year;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.AgreementKind;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** The agreements register on invented events of an invented conflict: which agreement is in force, what broke it. */
class AgreementsTest {
    private final Agreements agreements = new Agreements(InventedConflict.parties(), InventedConflict.lexicon(),
            InventedConflict.regions());

    private static ReportedEvent truce(String id, DateSpan date, String words) {
        return event(report(id, "doc-" + id, date, SubEventType.AGREEMENT).actors(NORTH_GOV, SOUTH_GOV).says(words));
    }

    private static ReportedEvent clash(String id, DateSpan date, int dead) {
        return event(report(id, "doc-" + id, date, SubEventType.ARMED_CLASH).actors(NORTH_FORCES, SOUTH_FORCES)
                .says("Troops exchanged fire.").in("Millford", "Northia").deaths(dead, dead));
    }

    private AgreementRegister derive(List<Agreement> named, ReportedEvent... events) {
        return agreements.derive(input(List.of(events)), named);
    }

    private static AgreementEntry entry(AgreementRegister r, String date) {
        return r.agreements().stream().filter(a -> a.agreement().date().start().toString().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement of " + date + " in " + r.agreements()));
    }

    @Test
    void aViolentEventBreaksTheLatestAgreementDatedWhollyBeforeIt() {
        AgreementRegister r = derive(List.of(),
                truce("t1", day("2023-03-01"), "Northia and Southia agreed a truce."),
                truce("t2", day("2023-06-01"), "The two sides agreed a new ceasefire."),
                clash("c1", day("2023-04-10"), 2),
                clash("c2", month("2023-05"), 1),
                clash("c3", day("2023-06-01"), 5),
                clash("c4", day("2023-07-01"), 3));
        // a clash on the new truce's own day may have come before it: it counts against the truce before
        assertThat(entry(r, "2023-03-01").violations()).extracting(Violation::eventId).containsExactly("c1", "c2", "c3");
        assertThat(entry(r, "2023-06-01").violations()).extracting(Violation::eventId).containsExactly("c4");
        assertThat(r.violentEvents()).isEqualTo(4);
        assertThat(r.violations()).isEqualTo(4);
        assertThat(r.brokenBy("c4")).map(a -> a.agreement().date().start().toString()).contains("2023-06-01");
        // the first agreement gave way to the second
        assertThat(entry(r, "2023-03-01").supersededBy()).isEqualTo(entry(r, "2023-06-01").agreement().id());
    }

    @Test
    void countsDeathsDaysToTheFirstViolationAndMonthsAsRanges() {
        AgreementRegister r = derive(List.of(),
                truce("t1", month("2023-03"), "A truce was agreed in March."),
                clash("c0", day("2023-03-20"), 9),
                clash("c1", day("2023-04-10"), 2),
                event(report("c2", "doc-c2", day("2023-04-20"), SubEventType.SHELLING_ARTILLERY_MISSILE)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says("Shells fell.").in("Millford", "Northia").deaths(1, 4)),
                event(report("c3", "doc-c3", day("2023-05-02"), SubEventType.ARMED_CLASH)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says("A clash.").in("Millford", "Northia")));
        AgreementEntry t = entry(r, "2023-03-01");
        assertThat(t.violations()).hasSize(3);
        assertThat(List.of(t.deathsLow(), t.deathsHigh(), t.violationsWithoutDeaths())).containsExactly(3, 6, 1);
        // signed on some day of March: from 10 days (31 March) to 40 days (1 March) before the first violation
        assertThat(t.daysToFirstViolation()).isEqualTo(new DayRange(10, 40L));
        assertThat(t.byMonth()).containsExactly(new MonthCount("2023-04", 2, 3), new MonthCount("2023-05", 1, 0));
    }

    @Test
    void onlyEventsBetweenTwoPartiesOfTheAgreementAndOnItsGroundAreViolations() {
        ReportedEvent highvaleTruce = event(report("t1", "d1", day("2023-03-01"), SubEventType.AGREEMENT)
                .actors(NORTH_GOV, SOUTH_GOV).says("A truce was agreed for Highvale."));
        ReportedEvent inHighvale = event(report("c1", "d2", day("2023-04-01"), SubEventType.ARMED_CLASH)
                .actors(SOUTH_FORCES, HIGHVALE_GUARD).says("Fighting near Cragton.").in("Cragton", "Southia"));
        ReportedEvent atTheBorder = clash("c2", day("2023-04-02"), 0);
        ReportedEvent withTheAlliance = event(report("c3", "d3", day("2023-04-03"), SubEventType.ARMED_CLASH)
                .actors(NORTH_FORCES, PACT).says("Pact troops were fired on.").in("Millford", "Northia"));
        ReportedEvent oneSideOnly = event(report("c4", "d4", day("2023-04-04"), SubEventType.ATTACK)
                .actors(NORTH_FORCES, null).says("An attack.").in("Millford", "Northia"));
        AgreementRegister r = derive(List.of(), highvaleTruce, inHighvale, atTheBorder, withTheAlliance, oneSideOnly);
        AgreementEntry t = entry(r, "2023-03-01");
        assertThat(t.agreement().area()).isEqualTo(Agreement.Area.region("Highvale"));
        // the Highvale Guard fights for Northia, which holds Highvale
        assertThat(t.violations()).extracting(Violation::eventId).containsExactly("c1");
        // Northian forces in Northia with no counterpart named: one side only, between no two parties
        assertThat(r.betweenParties()).isEqualTo(2);
    }

    @Test
    void anAgreementThatEndedIsNotBrokenAfterItEnded() {
        Agreement named = new Agreement("accord", "Stonebridge Accord", AgreementKind.CEASEFIRE, day("2023-02-01"),
                List.of("Northia", "Southia"), false, "Westmark", Agreement.Area.EVERYWHERE, day("2023-04-30"), List.of(),
                List.of());
        AgreementRegister r = derive(List.of(named), clash("c1", day("2023-04-10"), 1), clash("c2", day("2023-05-10"), 1));
        assertThat(entry(r, "2023-02-01").violations()).extracting(Violation::eventId).containsExactly("c1");
        assertThat(entry(r, "2023-02-01").endedOn()).isEqualTo(day("2023-04-30"));
    }

    @Test
    void theKindComesFromTheWordsAndOnlySomeKindsCanBeBroken() {
        AgreementRegister r = derive(List.of(),
                truce("a", day("2023-01-10"), "Both sides agreed to pull back their troops from the ridge."),
                truce("b", day("2023-01-20"), "Northia handed over 12 captured soldiers in exchange for maps."),
                truce("c", day("2023-01-30"), "The leaders agreed to start drafting a peace treaty."),
                truce("d", day("2023-02-10"), "Northia released a statement on the talks."),
                truce("e", day("2023-02-20"), "The trilateral statement was signed at night."),
                truce("f", day("2023-03-01"), "A ceasefire and a pull-back of troops were agreed."));
        assertThat(r.agreements()).extracting(a -> a.agreement().kind()).containsExactly(AgreementKind.PULL_BACK,
                AgreementKind.PRISONER_EXCHANGE, AgreementKind.PEACE_PROCESS, AgreementKind.OTHER,
                AgreementKind.TRILATERAL_STATEMENT, AgreementKind.CEASEFIRE);
        assertThat(r.agreements()).extracting(AgreementEntry::canBeViolated)
                .containsExactly(true, false, false, false, true, true);
    }

    @Test
    void theMediatorIsReadFromTheWordsAndIsNoParty() {
        AgreementRegister r = derive(List.of(),
                truce("a", day("2023-01-10"), "A Westmarkian-mediated truce took hold."),
                event(report("b", "db", day("2023-02-10"), SubEventType.AGREEMENT).actors("Government of Westmark", SOUTH_GOV)
                        .says("A ceasefire was agreed under the auspices of Westmark.")),
                truce("c", day("2023-03-10"), "The truce, agreed with EPO mediation, held."),
                truce("d", day("2023-04-10"), "A truce was agreed."));
        assertThat(r.agreements()).extracting(a -> a.agreement().mediator()).containsExactly("Westmark", "Westmark", PACT, null);
        Agreement b = r.agreements().get(1).agreement();
        // Westmark mediated: only Southia is named as a party, so the conflict's sides are assumed
        assertThat(b.parties()).containsExactly("Northia", "Southia");
        assertThat(b.partiesAssumed()).isTrue();
    }

    @Test
    void mentionsOfOneAgreementAreOneAndAUserNamedOneGivesItsName() {
        Agreement named = new Agreement("stonebridge-accord", "Stonebridge Accord", AgreementKind.CEASEFIRE,
                day("2023-02-01"), List.of("Northia", "Southia"), false, null, Agreement.Area.EVERYWHERE, null, List.of(),
                List.of());
        AgreementRegister r = derive(List.of(named),
                truce("a", day("2023-02-01"), "The ceasefire was signed."),
                truce("b", day("2023-02-02"), "A ceasefire took effect the next morning."),
                truce("c", year(2023), "The 2023 ceasefire is fragile."),
                truce("x", day("2024-05-09"), "A truce was agreed at midnight."),
                truce("y", day("2024-05-10"), "A truce took effect."),
                truce("z", day("2024-08-01"), "Another truce was agreed."),
                truce("w", year(2024), "The 2024 truce did not hold."));
        assertThat(r.agreements()).hasSize(4);
        Agreement accord = entry(r, "2023-02-01").agreement();
        assertThat(accord.name()).isEqualTo("Stonebridge Accord");
        assertThat(accord.eventIds()).containsExactlyInAnyOrder("a", "b", "c");
        // two precise mentions a day apart are one truce spanning both days
        Agreement may = entry(r, "2024-05-09").agreement();
        assertThat(may.date()).isEqualTo(new DateSpan(day("2024-05-09").start(), day("2024-05-10").start(),
                org.borderwatch.domain.DatePrecision.DAY));
        assertThat(may.eventIds()).containsExactlyInAnyOrder("x", "y");
        // "the 2024 truce" fits two truces of 2024: it cannot be placed, and stands alone with its year
        assertThat(r.agreements()).extracting(a -> a.agreement().eventIds()).contains(List.of("w"));
    }

    @Test
    void anEventWithOneSideNamedTakesTheOtherFromWhereItHappened() {
        List<ReportedEvent> events = new ArrayList<>();
        events.add(truce("t", day("2023-01-01"), "A ceasefire was agreed."));
        events.add(event(report("s", "ds", day("2023-01-05"), SubEventType.SHELLING_ARTILLERY_MISSILE)
                .actors(NORTH_FORCES, null).says("Northian artillery shelled Tarn.").in("Tarn", "Southia")));
        AgreementRegister r = agreements.derive(input(events), List.of());
        assertThat(r.agreements().get(0).violations()).extracting(Violation::eventId).containsExactly("s");
    }
}
