package org.borderwatch.extract.place;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;

/**
 * Where an event that names no place and no territorial cue happened, when its actors say so: a strike or
 * an attack on civilians lands where its target is (the target's country); fighting against a region's
 * local forces is in that region's recognised country; a side's own unilateral act (an exercise, a
 * deployment: sub-event "Other" without a counterpart) is at home; what a force or mission deployed abroad
 * does or suffers (peacekeepers evacuating residents, a patrol fired on) is in its configured theatre; a meeting a
 * mediating government hosts or holds is in its country. Otherwise unknown, as the text is.
 */
public final class PlacelessCountry {
    private final ConflictConfig config;

    public PlacelessCountry(ConflictConfig config) {
        this.config = config;
    }

    public Optional<String> of(SubEventType type, String actor1, String actor2) {
        return of(type, actor1, actor2, "");
    }

    /**
     * As {@link #of(SubEventType, String, String)}, with the words that state the event: a mission's theatre does not
     * place an act whose words name another country ("withdrew its observers from Southia").
     */
    public Optional<String> of(SubEventType type, String actor1, String actor2, String words) {
        Optional<String> localRegion = config.regions().stream()
                .filter(r -> r.localForces() != null && (r.localForces().equals(actor1) || r.localForces().equals(actor2)))
                .map(ConflictConfig.Region::country).filter(Objects::nonNull).findFirst();
        if (type.type() == EventType.BATTLES && localRegion.isPresent()) {
            return localRegion;
        }
        String mission = theatreOf(actor1).isPresent() ? actor1 : actor2;
        Optional<String> theatre = theatreOf(mission);
        if (theatre.isPresent() && type.type() != EventType.PROTESTS && type != SubEventType.AGREEMENT
                && !namesAnotherCountry(words, theatre.get(), countryOf(mission).orElse(null))) {
            return theatre;
        }
        if (type.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE || type == SubEventType.ATTACK) {
            return actor2 == null ? Optional.empty() : localRegion.or(() -> countryOf(actor2));
        }
        if (type == SubEventType.OTHER && actor2 == null && actor1 != null) {
            return countryOf(actor1).filter(config.sides()::contains);
        }
        // "Putin brought the two leaders together", "held separate talks with each": a mediating government's meeting
        // without a venue is in its own country (not so a party's, which may meet anywhere)
        boolean government = actor1 != null && config.actorNamed(actor1).map(a -> "government".equals(a.role())).orElse(false);
        if (type == SubEventType.OTHER && government && HOSTING.matcher(words).find()) {
            return countryOf(actor1).filter(c -> !config.sides().contains(c));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern HOSTING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:hosted|hosts|hosting|received|receives|brought .{0,40}together|held (?:separate )?talks|met|meet|meeting)\\b");

    /** Whether the words name a country, other than the theatre and the mission's own, by name or adjective. */
    private boolean namesAnotherCountry(String words, String theatre, String home) {
        java.util.Set<String> tokens = java.util.Arrays.stream(words.split("[^\\p{L}-]+"))
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        return config.countries().stream().filter(c -> !c.name().equals(theatre) && !c.name().equals(home))
                .anyMatch(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.name()), c.adjectives().stream())
                        .anyMatch(n -> tokens.contains(n.toLowerCase(java.util.Locale.ROOT))));
    }

    private Optional<String> theatreOf(String actor) {
        return actor == null ? Optional.empty() : config.actorNamed(actor).map(ConflictConfig.ActorEntry::theatre);
    }

    private Optional<String> countryOf(String actor) {
        return config.actorNamed(actor).map(ConflictConfig.ActorEntry::country);
    }
}
