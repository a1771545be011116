package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.sources.SourceRegister;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.export.RegisterTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `borderwatch sources`: whose word each event rests on; refreshes the stored one-sided flags. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {
            "Whose word each event rests on: for every report of it, the side of the claimants it quotes as asserting it, else of its publisher (from the conflict's sources.yaml).",
            "An event is one-sided when every report rests on the same side.",
            "Also stores the flags again, so `events --one-sided` and the page follow an edited sources.yaml (they are stored anew after every extraction too).",
        },
        footer = {"", "Examples:", "  borderwatch sources", "  borderwatch sources --all --format csv --out sources.csv",
            "  borderwatch events --one-sided"})
final class SourcesCommand extends RegisterCommand<SourceRegister> {
    @Option(names = "--all", description = "List every event, not only the one-sided ones.")
    boolean all;

    @Override
    String name() {
        return "sources";
    }

    @Override
    SourceRegister derive(Registers registers, RegisterInput input) {
        return registers.sources(input);
    }

    /** Stores the flags of every conflict's events (each by its own lists), not only this one's. */
    @Override
    void afterDerive(Engine engine, SourceRegister register) {
        engine.markWhoseWord();
    }

    @Override
    List<RegisterTable> tables(SourceRegister register) {
        return List.of(RegisterTables.sources(register, !all));
    }

    @Override
    List<String> notes(SourceRegister r) {
        StringBuilder sides = new StringBuilder();
        r.oneSidedBySide().forEach((side, n) -> sides.append(sides.length() == 0 ? "" : ", ").append(side).append(' ').append(n));
        return List.of(r.events().size() + " events: " + r.oneSided() + " rest on one side's word alone"
                + (sides.length() == 0 ? "" : " (" + sides + ")") + ", " + r.severalOrNeutral()
                + " on several sides' or neutral sources, " + r.unknown() + " on sources of unknown side.");
    }
}
