package org.borderwatch.domain;

import java.util.List;

/** A canonical actor ("Military Forces of Azerbaijan") with the other names texts use for it. */
public record Actor(String name, ActorKind kind, String country, List<String> aliases) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
