package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.analysis.agreements.AgreementEntry;
import org.borderwatch.analysis.agreements.AgreementRegister;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.export.RegisterTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `borderwatch agreements`: agreements and their violations. */
@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = {
            "Agreements the reports state (ceasefires, trilateral statements, pull-back deals, prisoner exchanges, border treaties) and those named in the conflict's agreements.yaml, with their violations.",
            "A violation is a battle, explosion or attack on civilians between two parties of an agreement in force, on ground it covers, dated after it.",
            "Deaths and the days until the first violation are ranges, as precise as the reports.",
        },
        footer = {"", "Examples:",
            "  borderwatch agreements",
            "  borderwatch agreements --violations 2021-11-16-ceasefire-armenia-azerbaijan",
            "  borderwatch agreements --format csv --out agreements.csv"})
final class AgreementsCommand extends RegisterCommand<AgreementRegister> {
    @Option(names = "--violations", paramLabel = "ID", description = "Also list the violations of this agreement (its id).")
    String violationsOf;

    @Override
    String name() {
        return "agreements";
    }

    @Override
    AgreementRegister derive(Registers registers, RegisterInput input) {
        AgreementRegister register = registers.agreements(input);
        if (violationsOf != null && register.find(violationsOf).isEmpty()) {
            throw new IllegalArgumentException("no agreement with id " + violationsOf + " (the first column of"
                    + " `borderwatch agreements` lists them)");
        }
        return register;
    }

    @Override
    List<RegisterTable> tables(AgreementRegister register) {
        if (violationsOf == null) {
            return List.of(RegisterTables.agreements(register));
        }
        AgreementEntry entry = register.find(violationsOf).orElseThrow();
        return List.of(RegisterTables.violations(entry), RegisterTables.agreements(register));
    }

    @Override
    List<String> notes(AgreementRegister r) {
        return List.of(r.violentEvents() + " violent events; " + r.betweenParties() + " between two parties of the"
                + " conflict; " + r.violations() + " of those broke an agreement in force.",
                "An event dated on an agreement's own day (or month) counts against the agreement before it, if any:"
                        + " the reports cannot say which came first.");
    }
}
