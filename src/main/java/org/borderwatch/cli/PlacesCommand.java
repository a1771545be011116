package org.borderwatch.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.geo.Geography;
import org.borderwatch.geo.resolve.Candidate;
import org.borderwatch.geo.resolve.PlaceIndex;
import org.borderwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `places find NAME` and `places near LAT LON`: look things up in the gazetteer. */
@Command(name = "places", mixinStandardHelpOptions = true, description = "Looks up places in the gazetteer.",
        subcommands = {PlacesCommand.Find.class, PlacesCommand.Near.class})
final class PlacesCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Override
    public Integer call() {
        System.err.println("borderwatch places: say what to do: `places find NAME` or `places near LAT LON`");
        return 2;
    }

    /** The gazetteer read with a conflict's names (its aliases and the words that are never places). */
    static Geography load(Store store, Conflict conflict) {
        Geography g = Geography.load(store.gazetteer(), conflict.geoConfig());
        if (g.isEmpty()) {
            throw new IllegalStateException("the gazetteer is empty; import one first: borderwatch gazetteer import --wof DIR (or --default)");
        }
        return g;
    }

    static String describe(Place p) {
        return String.format(Locale.ROOT, "%-24s %9.5f %10.5f  %-18s %-12s %-11s %s", p.name(),
                p.point() == null ? Double.NaN : p.point().latitude(), p.point() == null ? Double.NaN : p.point().longitude(),
                p.admin1() == null ? "-" : p.admin1(), p.country() == null ? "-" : p.country(),
                p.featureClass(), p.id());
    }

    @Command(name = "find", mixinStandardHelpOptions = true, description = "Candidates for a place name, best first, with the score and why.")
    static final class Find implements Callable<Integer> {
        @ParentCommand
        PlacesCommand parent;

        @Mixin
        ConflictOption conflict;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name (several words are joined).")
        List<String> words;

        @Option(names = "--limit", defaultValue = "10", description = "At most this many candidates (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            String name = String.join(" ", words);
            try (Store store = parent.root.openStore()) {
                List<Candidate> found = load(store, conflict.conflict()).find(name, limit);
                if (found.isEmpty()) {
                    System.out.println("no place named \"" + name + "\"");
                    return 1;
                }
                System.out.printf("%-6s %-24s %9s %10s  %-18s %-12s %-11s %s%n", "score", "name", "lat", "lon", "admin1",
                        "country", "class", "id");
                for (Candidate c : found) {
                    System.out.printf(Locale.ROOT, "%6.2f %s%n", c.score(), describe(c.place()));
                    System.out.printf("       matched \"%s\"; %s; also: %s%n", c.matchedName(), c.reasons(),
                            String.join(", ", c.place().names().stream().filter(n -> !n.equals(c.place().name()))
                                    .filter(org.borderwatch.geo.names.NameNormalizer::isLatin).limit(8).toList()));
                }
                return 0;
            } catch (RuntimeException e) {
                System.err.println("borderwatch places find: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "near", mixinStandardHelpOptions = true, description = "Places nearest a point.")
    static final class Near implements Callable<Integer> {
        @ParentCommand
        PlacesCommand parent;

        @Mixin
        ConflictOption conflict;

        @Parameters(index = "0", paramLabel = "LAT", description = "Latitude in degrees, e.g. 39.84.")
        double lat;

        @Parameters(index = "1", paramLabel = "LON", description = "Longitude in degrees, e.g. 45.67.")
        double lon;

        @Option(names = "--limit", defaultValue = "10", description = "At most this many places (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (Store store = parent.root.openStore()) {
                GeoPoint point = new GeoPoint(lat, lon);
                Geography g = load(store, conflict.conflict());
                var units = g.admin().locate(point);
                System.out.printf("%.5f %.5f is in %s%s%s%n", lat, lon,
                        units.country() == null ? "no known country" : units.country(),
                        units.admin1() == null ? "" : ", " + units.admin1() + (units.admin1Nearest() ? " (nearest unit)" : ""),
                        units.regionTag() == null ? "" : " [" + units.regionTag() + "]");
                for (PlaceIndex.Nearby n : g.near(point, limit)) {
                    System.out.printf(Locale.ROOT, "%6.1f km  %s%n", n.km(), describe(n.place()));
                }
                return 0;
            } catch (RuntimeException e) {
                System.err.println("borderwatch places near: " + e.getMessage());
                return 1;
            }
        }
    }
}
