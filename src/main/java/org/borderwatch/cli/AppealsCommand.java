package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.analysis.appeals.AppealRegister;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.export.RegisterTables;
import picocli.CommandLine.Command;

/** `borderwatch appeals`: requests for assistance and what came of them. */
@Command(name = "appeals", mixinStandardHelpOptions = true,
        description = {
            "Requests for assistance the reports state (an appeal to an alliance under an article of its treaty, a request to an ally, an invitation of an international mission): who asked whom, when and on what basis.",
            "Then the answer the reports give (mission sent, statement or visit only, refused, nothing) with the delay in days, a range as precise as the dates.",
        },
        footer = {"", "Examples:", "  borderwatch appeals", "  borderwatch appeals --format json"})
final class AppealsCommand extends RegisterCommand<AppealRegister> {
    @Override
    String name() {
        return "appeals";
    }

    @Override
    AppealRegister derive(Registers registers, RegisterInput input) {
        return registers.appeals(input);
    }

    @Override
    List<RegisterTable> tables(AppealRegister register) {
        return List.of(RegisterTables.appeals(register));
    }
}
