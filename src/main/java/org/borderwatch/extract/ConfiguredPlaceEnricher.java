package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;

/**
 * Fills a location's country and admin1 from the conflict's own place list where an earlier enricher
 * (the gazetteer) left them empty. Never overwrites what is already known.
 */
public final class ConfiguredPlaceEnricher implements EventEnricher {
    private final ConflictConfig config;

    public ConfiguredPlaceEnricher(ConflictConfig config) {
        this.config = config;
    }

    @Override
    public Event enrich(Event event, Document document) {
        List<Location> out = new ArrayList<>();
        for (Location l : event.locations()) {
            if (l.name() == null) {
                out.add(l);
                continue;
            }
            Location filled = config.place(l.name()).map(p -> new Location(
                    l.name(),
                    l.country() != null ? l.country() : p.country(),
                    l.admin1() != null ? l.admin1() : p.admin1(),
                    l.admin2(), l.point(),
                    l.precision() != null ? l.precision() : switch (p.cls()) {
                        case DISTRICT, REGION, COUNTRY -> GeoPrecision.REGION;
                        default -> GeoPrecision.EXACT;
                    },
                    l.placeId())).orElse(l);
            out.add(filled);
        }
        return event.withLocations(out, event.border());
    }
}
