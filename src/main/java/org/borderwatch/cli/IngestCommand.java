package org.borderwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder for the `ingest` command. */
@Command(name = "ingest", description = "(not yet available)")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch ingest: not yet available");
        return 2;
    }
}
