package org.borderwatch.geo.gazetteer;

import java.util.List;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;

/** What one importer read from one source, ready to replace that source in the store. */
public record ImportBatch(GazetteerSource source, List<GazetteerEntry> places, List<Boundary> boundaries) {
    public ImportBatch {
        places = List.copyOf(places);
        boundaries = List.copyOf(boundaries);
    }
}
