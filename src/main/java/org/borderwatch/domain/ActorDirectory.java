package org.borderwatch.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who an actor named in an event is, as the conflict's configuration types it: its ACLED kind and country.
 * Events name actors by their canonical names; exports (ACLED's inter codes) and border analysis (whose forces
 * crossed) look the name up here instead of guessing from its form, so the configuration is the one truth.
 */
@FunctionalInterface
public interface ActorDirectory {
    /** Knows nobody: lookups fall back to whatever the caller does without a configuration. */
    ActorDirectory NONE = name -> Optional.empty();

    Optional<Actor> find(String name);

    /** A directory of these actors, by canonical name; the first of two with one name wins. */
    static ActorDirectory of(Collection<Actor> actors) {
        Map<String, Actor> byName = new LinkedHashMap<>();
        actors.forEach(a -> byName.putIfAbsent(a.name(), a));
        return name -> name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.trim()));
    }

    /** This directory, then {@code other} for names this one does not know. */
    default ActorDirectory or(ActorDirectory other) {
        return name -> find(name).or(() -> other.find(name));
    }
}
