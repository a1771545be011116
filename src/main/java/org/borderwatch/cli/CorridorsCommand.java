package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.analysis.corridors.CorridorRegister;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.export.RegisterTables;
import picocli.CommandLine.Command;

/** `borderwatch corridors`: routes, their closures and reopenings. */
@Command(name = "corridors", mixinStandardHelpOptions = true,
        description = {
            "The status of each route the conflict's features.yaml marks with a `route:` block (a corridor, a road, a water intake) over time: open, restricted or closed.",
            "It comes from the events that report closures, checkpoints, sit-ins, convoys let through and reopenings, with who caused each, and gives the days closed per year.",
            "Days are ranges (the dates are known to the day, month or year); 'at least' when no reopening is reported.",
        },
        footer = {"", "Examples:", "  borderwatch corridors", "  borderwatch corridors --format json --out corridors.json"})
final class CorridorsCommand extends RegisterCommand<CorridorRegister> {
    @Override
    String name() {
        return "corridors";
    }

    @Override
    CorridorRegister derive(Registers registers, RegisterInput input) {
        if (registers.config().routes().isEmpty()) {
            throw new IllegalArgumentException("the conflict configures no routes: add a `route:` block to a road or"
                    + " corridor in its features.yaml");
        }
        return registers.corridors(input);
    }

    @Override
    List<RegisterTable> tables(CorridorRegister register) {
        return List.of(RegisterTables.corridors(register), RegisterTables.closedDays(register));
    }

    @Override
    List<String> notes(CorridorRegister register) {
        return List.of("Before a route's first report its status is unknown, not assumed open.");
    }
}
