package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.PACT;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_GOV;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.event;
import static org.borderwatch.analysis.registers.InventedConflict.input;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** The registers' tables (the CLI's and the CSV exports'): figures as imprecise as the reports, and said so. */
class RegisterTablesTest {
    private final Registers registers = new Registers(InventedConflict.config(List.of()));

    @Test
    void deathsOfViolationsSayHowManyViolationsStateNone() {
        RegisterTable table = RegisterTables.agreements(registers.agreements(input(List.of(
                event(report("t", "d1", day("2023-03-01"), SubEventType.AGREEMENT).actors(NORTH_GOV, SOUTH_GOV)
                        .says("Northia and Southia agreed a truce.")),
                event(report("c1", "d2", day("2023-04-01"), SubEventType.ARMED_CLASH).actors(NORTH_FORCES, SOUTH_FORCES)
                        .says("Troops exchanged fire.").in("Millford", "Northia").deaths(2, 3)),
                event(report("c2", "d3", day("2023-04-02"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES)
                        .says("Troops exchanged fire again.").in("Millford", "Northia"))))));
        int deaths = table.header().indexOf("deaths");
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.get(deaths)).isEqualTo("2–3 (1 of 2 state none)"));
    }

    @Test
    void aRouteNoReportMentionsHasNoCountOfDays() {
        RegisterTable table = RegisterTables.closedDays(registers.corridors(input(List.of(
                event(report("c", "d1", day("2023-04-01"), SubEventType.ARMED_CLASH).actors(NORTH_FORCES, SOUTH_FORCES)
                        .says("Troops exchanged fire near Millford."))))));
        assertThat(table.rows()).singleElement().isEqualTo(List.of("Pass Road", "all", "no report", "no report"));
    }

    @Test
    void anAppealNoReportDatesCameBeforeItsAnswersLastPossibleDay() {
        RegisterTable table = RegisterTables.appeals(registers.appeals(input(List.of(
                event(report("a", "d1", new DateSpan(LocalDate.parse("2023-05-10"), LocalDate.parse("2023-05-14"), DatePrecision.DAY),
                        SubEventType.OTHER).actors(PACT, NORTH_GOV)
                        .says("The Pact deployed a monitoring team, following a request made by the government of Northia."))))));
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("before 2023-05-14"));
    }
}
