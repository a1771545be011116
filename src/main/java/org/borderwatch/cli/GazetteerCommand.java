package org.borderwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder for the `gazetteer` command. */
@Command(name = "gazetteer", description = "(not yet available)")
final class GazetteerCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch gazetteer: not yet available");
        return 2;
    }
}
