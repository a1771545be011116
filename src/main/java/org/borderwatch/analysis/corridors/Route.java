package org.borderwatch.analysis.corridors;

import java.util.List;

/**
 * A road, corridor, crossing or water intake whose status the register follows, from the conflict's features.yaml:
 * the names reports give it, and places along it that reports name instead ("a section near Vorotan"), which count
 * only beside a word for a road.
 */
public record Route(String id, String name, List<String> names, List<String> places) {
    public Route {
        names = List.copyOf(names);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
