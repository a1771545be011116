package org.borderwatch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
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

/** Lists stored events as a table that fits 120 columns. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events: date, type, actors, place, deaths and who claims or denies them.",
        footer = {"", "DEATHS is the lowest credible figure (ACLED's), with + when a report gives higher ones.",
            "Example: borderwatch events --from 2022-09 --type Battles --sort -fatalities"})
final class EventsCommand implements Callable<Integer> {
    /**
     * Column widths of an event's first line; with the separating spaces it is 120 characters. Canonical
     * actor names are long, so the actors and the claims get lines of their own, indented past the date.
     */
    private static final int DATE = 10;
    private static final int TYPE = 62;
    private static final int PLACE = 39;
    private static final int DEATHS = 6;
    private static final int WIDTH = 120;
    private static final String INDENT = " ".repeat(DATE + 1);
    private static final String CLAIMS_INDENT = INDENT + "↳ ";

    @ParentCommand
    BorderWatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N events (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
        }
        try (Store store = root.openStore()) {
            EventQuery query = filters.toQuery(store, Math.min(limit, EventQuery.MAX_PAGE_SIZE));
            long total = store.events().search(query.withPage(1, 1)).total();
            PrintStream out = System.out;
            out.println(row("DATE", "TYPE / SUB-TYPE", "PLACE (PROVINCE, COUNTRY)", "DEATHS"));
            out.println(INDENT + "ACTOR1 → ACTOR2");
            int shown = 0;
            Iterator<Event> events = store.events().iterate(query);
            while (shown < limit && events.hasNext()) {
                Event e = events.next();
                out.println(row(e));
                out.println(INDENT + clip(actors(e), WIDTH - INDENT.length()));
                String claims = claims(e.claims());
                if (!claims.isEmpty()) {
                    out.println(CLAIMS_INDENT + clip(claims, WIDTH - CLAIMS_INDENT.length()));
                }
                shown++;
            }
            out.println(total == 0 ? "no events match" : shown + " of " + Noun.count(total, "event")
                    + (shown < total ? " (raise --limit to see more)" : ""));
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("borderwatch events: " + e.getMessage());
            return 2;
        }
    }

    private static String row(Event e) {
        String type = e.eventType().label() + " / " + e.subEventType().label();
        String deaths = e.fatalities().low() == null ? "" : e.fatalities().low()
                + (e.fatalities().high() != null && !e.fatalities().high().equals(e.fatalities().low()) ? "+" : "");
        return row(e.date().start().toString(), type, place(e.primaryLocation()), deaths);
    }

    private static String actors(Event e) {
        return (e.actor1() == null || e.actor1().isBlank() ? "(actor not named)" : e.actor1())
                + (e.actor2() == null || e.actor2().isBlank() ? "" : " → " + e.actor2());
    }

    private static String place(Location l) {
        if (l == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (l.name() != null) {
            parts.add(l.name());
        }
        List<String> units = new ArrayList<>();
        if (l.admin1() != null && !l.admin1().equals(l.name())) {
            units.add(l.admin1());
        }
        if (l.country() != null && !l.country().equals(l.name())) {
            units.add(l.country());
        }
        String unitText = String.join(", ", units);
        return parts.isEmpty() ? unitText : unitText.isEmpty() ? parts.get(0) : parts.get(0) + " (" + unitText + ")";
    }

    /** "claimed by X; denied by Y": each stance once, with its claimants. */
    static String claims(List<Claim> claims) {
        List<String> parts = new ArrayList<>();
        for (org.borderwatch.domain.Stance stance : org.borderwatch.domain.Stance.values()) {
            List<String> who = claims.stream().filter(c -> c.stance() == stance && c.claimant() != null)
                    .map(Claim::claimant).distinct().toList();
            if (!who.isEmpty()) {
                parts.add(verb(stance) + " " + String.join(", ", who));
            }
        }
        return String.join("; ", parts);
    }

    private static String verb(org.borderwatch.domain.Stance stance) {
        return switch (stance) {
            case ASSERTS -> "claimed by";
            case DENIES -> "denied by";
            case BLAMES_OTHER_SIDE -> "blamed on the other side by";
            case CALLED_FALSE -> "called false by";
        };
    }

    private static String row(String date, String type, String place, String deaths) {
        return fit(date, DATE) + " " + fit(type, TYPE) + " " + fit(place, PLACE) + " "
                + String.format("%" + DEATHS + "s", clip(deaths, DEATHS)).stripTrailing();
    }

    private static String fit(String s, int width) {
        String c = clip(s, width);
        return c + " ".repeat(width - c.length());
    }

    private static String clip(String s, int width) {
        String t = s == null ? "" : s.replace('\n', ' ');
        return t.length() <= width ? t : t.substring(0, width - 1) + "…";
    }
}
