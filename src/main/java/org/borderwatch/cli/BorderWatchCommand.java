package org.borderwatch.cli;

import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of the command line: global options, and the subcommands that do the work. */
@Command(
        name = "borderwatch",
        mixinStandardHelpOptions = true,
        version = "BorderWatch 0.1.0",
        description = {
            "Turns reports about an armed border crisis into a verified, mapped record of events, every fact"
                    + " traced to the sentence that states it.",
            "",
            "Typical first run:  borderwatch demo",
            "Your own reports:   borderwatch ingest --manifest manifest.json reports/",
            "                    borderwatch events --from 2022-09 --type Battles",
            "Registers:          borderwatch agreements | corridors | territory | appeals | sources",
            "",
            "--db PATH may come before or after the command; `borderwatch help COMMAND` explains each one.",
        },
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            DocumentsCommand.class,
            ShowDocumentCommand.class,
            ExtractCommand.class,
            EventsCommand.class,
            ExportCommand.class,
            EvalCommand.class,
            ExplainCommand.class,
            AgreementsCommand.class,
            CorridorsCommand.class,
            TerritoryCommand.class,
            AppealsCommand.class,
            SourcesCommand.class,
            GazetteerCommand.class,
            PlacesCommand.class,
            ServeCommand.class,
            StoreCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            TokenCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class BorderWatchCommand {

    /** Inherited: every command takes it, before or after the command's name. */
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Store to use: a file path for the embedded database (default: ${DEFAULT-VALUE}),"
                    + " or a jdbc:postgresql:// URL for a shared PostgreSQL store.",
            defaultValue = "${env:XDG_DATA_HOME:-${sys:user.home}/.local/share}/borderwatch/borderwatch")
    String db;

    public String db() {
        return db;
    }

    /** Opens the store the --db option names; the caller closes it. */
    public Store openStore() {
        return JdbcStore.open(db);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as users get it; tests run commands through this too. */
    static CommandLine commandLine() {
        return new CommandLine(new BorderWatchCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true)
                .setParameterExceptionHandler(new UsageErrors());
    }
}
