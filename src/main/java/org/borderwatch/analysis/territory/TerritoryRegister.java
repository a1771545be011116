package org.borderwatch.analysis.territory;

import java.util.List;

/**
 * Ground taken: the area figures by source over time, the depth figures, the span every area figure falls in (never
 * a sum: two sources may count the same ground), and the events of territorial change.
 *
 * @param areaLowKm2  the smallest area any source gives, null when none does
 * @param areaHighKm2 the largest, null when none does or one gives no upper bound
 */
public record TerritoryRegister(List<SourceSeries> areaBySource, List<GroundClaim> depthClaims, Double areaLowKm2,
                                Double areaHighKm2, int areaSources, List<TerritorialChange> changes) {
    public TerritoryRegister {
        areaBySource = List.copyOf(areaBySource);
        depthClaims = List.copyOf(depthClaims);
        changes = List.copyOf(changes);
    }
}
