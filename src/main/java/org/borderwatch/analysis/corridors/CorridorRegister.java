package org.borderwatch.analysis.corridors;

import java.util.List;

/** Every configured route with its status over time. */
public record CorridorRegister(List<RouteRecord> routes) {
    public CorridorRegister {
        routes = List.copyOf(routes);
    }
}
