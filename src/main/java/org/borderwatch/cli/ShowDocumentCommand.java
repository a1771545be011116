package org.borderwatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Placeholder for the `show-document` command. */
@Command(name = "show-document", description = "(not yet available)")
final class ShowDocumentCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch show-document: not yet available");
        return 2;
    }
}
