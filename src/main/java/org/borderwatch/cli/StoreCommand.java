package org.borderwatch.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.store.Compaction;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** `borderwatch store compact`: upkeep of the store itself. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Upkeep of the store itself: `store compact`.",
        subcommands = {StoreCommand.Compact.class})
final class StoreCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch store: say what to do: `store compact`");
        return 2;
    }

    @Command(name = "compact", mixinStandardHelpOptions = true, description = {
        "Gives back the space of replaced data: the embedded store's file keeps every change until it is"
                + " rewritten, and this rewrites it with only the live data.",
        "It needs the store to itself: stop `serve` and other commands first.",
        "Closing a store whose file is more than twice its live data does the same.",
        "On PostgreSQL it runs VACUUM."})
    static final class Compact implements Callable<Integer> {
        @ParentCommand
        StoreCommand parent;

        @Override
        public Integer call() {
            try (Store store = parent.root.openStore()) {
                Compaction done = store.compact();
                System.out.println("compacted " + parent.root.db() + ": " + size(done.bytesBefore()) + " → "
                        + size(done.bytesAfter()));
                return 0;
            } catch (RuntimeException e) {
                System.err.println("borderwatch store compact: " + e.getMessage());
                return 1;
            }
        }
    }

    /** "81.2 MB". */
    static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
