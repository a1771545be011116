package org.borderwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder for the `serve` command. */
@Command(name = "serve", description = "(not yet available)")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch serve: not yet available");
        return 2;
    }
}
