package org.borderwatch.analysis.territory;

import java.util.List;
import org.borderwatch.domain.DateSpan;

/**
 * An event in which ground changed hands, with where it lies against the recognised border. {@code depthKm} is
 * computed from the conflict's coarse geometry and rounded to whole kilometres (null when the event is not inside
 * the other side's territory, has no coordinates, or is placed only in a province or a country); the figures are
 * those its reports state.
 */
public record TerritorialChange(String eventId, DateSpan date, String subEventType, String takenBy, String takenFrom,
                                String place, String recognisedCountry, String region, Long depthKm,
                                List<GroundClaim> figures) {
    public TerritorialChange {
        figures = List.copyOf(figures);
    }
}
