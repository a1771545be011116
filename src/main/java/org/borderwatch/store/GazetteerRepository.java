package org.borderwatch.store;

import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.ProgressListener;

/**
 * Stored gazetteer: places with all their names, administrative boundaries, and the sources they came
 * from. Each source is replaced as a whole in one transaction, so a re-import never leaves a mix.
 */
public interface GazetteerRepository {
    /** Replaces every place and boundary of {@code source.id()} with these. */
    void replaceSource(GazetteerSource source, List<GazetteerEntry> places, List<Boundary> boundaries,
                       ProgressListener progress);

    /** Removes every place and boundary of the source {@code sourceId}, and the source; nothing when it is not stored. */
    void removeSource(String sourceId);

    /** Every stored place with its names. */
    List<GazetteerEntry> allPlaces();

    /** Every stored boundary. */
    List<Boundary> boundaries();

    List<GazetteerSource> sources();

    /** Place counts keyed by source, then by country ("" for none). */
    Map<String, Map<String, Long>> countsBySourceAndCountry();

    long placeCount();

    default boolean isEmpty() {
        return placeCount() == 0;
    }
}
