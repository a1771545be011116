package org.borderwatch.analysis.parties;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is on which side of a conflict. The sides are the parties whose forces fight each other; every actor belongs
 * to a party: the side a configured actor speaks or fights for when the configuration says so (the local forces of
 * a region of special status fight for the side that holds it), else its country, else (an alliance, a mission)
 * itself. ACLED names the configuration does not list ("Police Forces of X", "Civilians (X)") belong to country X.
 */
public final class Parties {
    /** A configured actor: its canonical name, its country (null for an organisation), and the party it acts for when that is not its country. */
    public record Actor(String name, String country, String actsFor) {
    }

    private static final Pattern OF_COUNTRY = Pattern.compile(".* of (?:the )?(.+)$");
    private static final Pattern IN_PARENTHESES = Pattern.compile(".*\\(([^)]+)\\)\\s*$");

    private final List<String> sides;
    private final List<String> countries;
    private final Map<String, String> partyOfActor = new HashMap<>();

    /**
     * @param sides     the parties whose forces fight (at least two make a conflict; none makes every event one-party)
     * @param countries every country the conflict configuration names
     */
    public Parties(List<String> sides, List<String> countries, List<Actor> actors) {
        this.sides = List.copyOf(sides);
        this.countries = List.copyOf(countries);
        for (Actor a : actors) {
            String party = a.actsFor() != null ? a.actsFor() : a.country() != null ? a.country() : a.name();
            partyOfActor.put(a.name(), party);
        }
    }

    public static Parties none() {
        return new Parties(List.of(), List.of(), List.of());
    }

    public List<String> sides() {
        return sides;
    }

    public boolean isSide(String party) {
        return party != null && sides.contains(party);
    }

    /** The party an actor acts for, when it is configured or its ACLED name ends in a configured country. */
    public Optional<String> partyOf(String actor) {
        if (actor == null || actor.isBlank()) {
            return Optional.empty();
        }
        String configured = partyOfActor.get(actor);
        if (configured != null) {
            return Optional.of(configured);
        }
        for (Pattern p : List.of(IN_PARENTHESES, OF_COUNTRY)) {
            Matcher m = p.matcher(actor.trim());
            if (m.matches() && countries.contains(m.group(1).trim())) {
                return Optional.of(m.group(1).trim());
            }
        }
        return countries.contains(actor.trim()) ? Optional.of(actor.trim()) : Optional.empty();
    }

    /** The side an actor fights or speaks for, when it acts for one of the sides. */
    public Optional<String> sideOf(String actor) {
        return partyOf(actor).filter(this::isSide);
    }
}
