package org.borderwatch.analysis.territory;

import java.util.List;

/** One source's figures for area taken, in date order: a line on the chart of claimed area over time. */
public record SourceSeries(String source, String side, List<GroundClaim> claims) {
    public SourceSeries {
        claims = List.copyOf(claims);
    }
}
