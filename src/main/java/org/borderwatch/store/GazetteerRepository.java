package org.borderwatch.store;

import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.ProgressListener;

/**
 * Stored gazetteer: places with all their names, administrative boundaries, and the sources they came
 * from. Each source is replaced as a whole in one transaction, so a re-import never leaves a mix; other
 * sources are left alone, except for places and boundaries the new import brings again under the same id.
 */
public interface GazetteerRepository {
    /** How many places and boundaries a replacement or removal took out of the store. */
    record Removed(long places, long boundaries) {
        public static final Removed NOTHING = new Removed(0, 0);

        public boolean any() {
            return places > 0 || boundaries > 0;
        }

        public Removed plus(Removed other) {
            return new Removed(places + other.places, boundaries + other.boundaries);
        }
    }

    /**
     * Replaces every place and boundary of {@code source.id()} with these, and takes the ones with the same
     * ids out of any other source (a place comes from one source only).
     *
     * @return what the store held before under that source or those ids
     */
    Removed replaceSource(GazetteerSource source, List<GazetteerEntry> places, List<Boundary> boundaries,
                          ProgressListener progress);

    /** Drops a source with all its places and boundaries; {@link Removed#NOTHING} when there is no such source. */
    Removed removeSource(String sourceId);

    /** Every stored place with its names. */
    List<GazetteerEntry> allPlaces();

    /** Every stored boundary. */
    List<Boundary> boundaries();

    /** The sources, with the places and boundaries each holds now. */
    List<GazetteerSource> sources();

    /** Place counts keyed by source, then by country ("" for none). */
    Map<String, Map<String, Long>> countsBySourceAndCountry();

    long placeCount();

    default boolean isEmpty() {
        return placeCount() == 0;
    }
}
