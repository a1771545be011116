package org.borderwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder for the `extract` command. */
@Command(name = "extract", description = "(not yet available)")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch extract: not yet available");
        return 2;
    }
}
