package org.borderwatch.cli;

import java.util.Comparator;
import java.util.List;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.territory.GroundClaim;
import org.borderwatch.analysis.territory.TerritoryRegister;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.export.RegisterTables;
import picocli.CommandLine.Command;

/** `borderwatch territory`: ground taken, by source. */
@Command(name = "territory", mixinStandardHelpOptions = true,
        description = {
            "Ground taken as the texts' own figures give it (areas seized in km², depths of advance in km), credited to the claimant or publisher that gives each.",
            "Figures from different sources may count the same ground, so they are compared, never added.",
            "Then the events of territorial change, with how deep inside the other side's recognised territory each lies (computed from coarse geometry, whole km).",
        },
        footer = {"", "Examples:", "  borderwatch territory", "  borderwatch territory --format csv --out ground.csv"})
final class TerritoryCommand extends RegisterCommand<TerritoryRegister> {
    @Override
    String name() {
        return "territory";
    }

    @Override
    TerritoryRegister derive(Registers registers, RegisterInput input) {
        return registers.territory(input);
    }

    @Override
    List<RegisterTable> tables(TerritoryRegister register) {
        return List.of(RegisterTables.territory(register), RegisterTables.territorialChanges(register));
    }

    @Override
    List<String> notes(TerritoryRegister r) {
        List<GroundClaim> area = r.areaBySource().stream().flatMap(s -> s.claims().stream()).toList();
        if (area.isEmpty()) {
            return List.of("No source gives an area taken.");
        }
        GroundClaim least = area.stream().min(Comparator.comparingDouble(TerritoryCommand::lowest)).orElseThrow();
        GroundClaim most = area.stream().max(Comparator.comparingDouble(TerritoryCommand::highest)).orElseThrow();
        String span = least == most || least.figure().equals(most.figure()) ? describe(least)
                : "run from " + describe(least) + " to " + describe(most);
        return List.of("Area figures from " + r.areaSources() + (r.areaSources() == 1 ? " source " : " sources ") + span
                + "; not added up: sources may count the same ground.");
    }

    private static String describe(GroundClaim c) {
        return c.figure().text() + " (" + c.source() + ", " + RegisterTables.date(c.date()) + ")";
    }

    private static double lowest(GroundClaim c) {
        return c.figure().low() != null ? c.figure().low() : c.figure().value();
    }

    private static double highest(GroundClaim c) {
        return c.figure().high() != null ? c.figure().high() : Double.MAX_VALUE;
    }
}
