package org.borderwatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.borderwatch.store.BackupContents;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `borderwatch backup --out FILE`: the whole store in one file that `restore` reads back. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = {
    "Writes everything the store holds (documents with their versions, events and claims, merged events, the"
            + " gazetteer) to one file, a zip of JSON Lines.",
    "It is one consistent state even while a server or another command writes.",
    "`borderwatch restore FILE` reads it into an empty store, embedded or PostgreSQL alike."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE when it exists (by default an existing file is kept).")
    boolean force;

    @Override
    public Integer call() {
        Path file = out.toAbsolutePath();
        if (Files.exists(file) && !force) {
            System.err.println("borderwatch backup: " + out + " exists; choose another file, or --force to replace it");
            return 1;
        }
        // written beside the target and moved into place when complete, so a cut-off backup never replaces one
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Store store = root.openStore()) {
            Files.createDirectories(file.getParent());
            BackupContents written;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                written = store.backup(stream);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("backed up " + root.db() + " to " + out + " (" + StoreCommand.size(Files.size(file)) + "): "
                    + RestoreCommand.describe(written));
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("borderwatch backup: " + e.getMessage());
            return 1;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                System.err.println("borderwatch backup: could not delete " + partial + ": " + e.getMessage());
            }
        }
    }
}
