package org.borderwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder for the `eval` command. */
@Command(name = "eval", description = "(not yet available)")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch eval: not yet available");
        return 2;
    }
}
