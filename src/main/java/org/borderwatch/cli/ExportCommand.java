package org.borderwatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.export.DocumentInfo;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes the stored events matching the filters to a file in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events as JSON Lines, ACLED-style CSV or GeoJSON (same filters as `events`).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    EventFilterOptions filters;

    @Mixin
    ConflictOption conflict;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, acled-csv or geojson (GeoJSON holds only events with coordinates).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write, or - for standard output.")
    String out;

    @Override
    public Integer call() {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        ActorDirectory actors = conflict.conflict().actors();
        try (Store store = root.openStore()) {
            EventQuery query = filters.toQuery(store, EventQuery.MAX_PAGE_SIZE);
            var documents = DocumentInfo.lookup(store.documents().list());
            long written;
            if ("-".equals(out)) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                written = exportFormat.exporter(actors).write(store.events().iterate(query), documents, w);
                w.flush();
            } else {
                Path file = Path.of(out).toAbsolutePath();
                Files.createDirectories(file.getParent());
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    written = exportFormat.exporter(actors).write(store.events().iterate(query), documents, w);
                }
            }
            System.err.println("exported " + Noun.count(written, "event") + " as " + exportFormat.id()
                    + ("-".equals(out) ? "" : " to " + out));
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("borderwatch export: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("borderwatch export: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
