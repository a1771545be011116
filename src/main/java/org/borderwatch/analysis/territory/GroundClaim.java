package org.borderwatch.analysis.territory;

import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Evidence;

/**
 * A figure for ground taken as one source gives it: an area seized or how deep an advance went, at a date. The
 * source is the claimant a report quotes, else the report's publisher, so figures are kept apart by who gives them.
 *
 * @param kind "area" (km²) or "depth" (km)
 * @param side the side the source speaks for, null when none or unknown
 */
public record GroundClaim(String eventId, DateSpan date, String kind, StatedFigure figure, String source, String side,
                          String takenBy, Evidence evidence) {
}
