package org.borderwatch.cli;

import java.util.concurrent.Callable;
import org.borderwatch.api.WriteToken;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** `borderwatch token rotate`: a new write token for the API, the old one no longer working. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "The API's write token: `token rotate` makes a new one.",
        subcommands = {TokenCommand.Rotate.class})
final class TokenCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch token: say what to do: `token rotate`");
        return 2;
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true, description = {
        "Makes a new write token for the API of this store and shows it once; the old one stops working at once,"
                + " also on a server already running.",
        "Only a digest of it is kept in the store.",
        "A token set with BORDERWATCH_TOKEN when serving is used instead of the kept one."})
    static final class Rotate implements Callable<Integer> {
        @ParentCommand
        TokenCommand parent;

        @Override
        public Integer call() {
            try (Store store = parent.root.openStore()) {
                String token = WriteToken.rotate(store.tokens());
                store.sync();
                System.out.println("new API write token (shown only this once; the old one no longer works): " + token);
                return 0;
            } catch (RuntimeException e) {
                System.err.println("borderwatch token rotate: " + e.getMessage());
                return 1;
            }
        }
    }
}
