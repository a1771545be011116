package org.borderwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.store.BackupContents;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `borderwatch restore FILE`: fills an empty store from a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
    "Reads a file written by `borderwatch backup` into the store given with --db, which must be empty (a new"
            + " file, or a new PostgreSQL database), so that nothing already stored is lost.",
    "All of it is restored or, when the file is damaged or from a newer BorderWatch, nothing."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Parameters(paramLabel = "FILE", description = "A backup written by `borderwatch backup`.")
    Path file;

    @Override
    public Integer call() {
        try (InputStream in = Files.newInputStream(file); Store store = root.openStore()) {
            BackupContents restored = store.restore(in);
            System.out.println("restored " + file + " into " + root.db() + ": " + describe(restored));
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("borderwatch restore: " + file + ": no such file");
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("borderwatch restore: " + e.getMessage());
            return 1;
        }
    }

    /** "5 documents, 120 events, 30 merged events, 9012 places, 130 boundaries". */
    static String describe(BackupContents c) {
        return c.rows("documents") + " documents, " + c.rows("events") + " events, " + c.rows("merged_events")
                + " merged events, " + c.rows("gaz_place") + " places, " + c.rows("gaz_boundary") + " boundaries";
    }
}
