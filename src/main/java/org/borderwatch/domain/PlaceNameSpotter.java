package org.borderwatch.domain;

import java.util.List;

/**
 * Finds place names in text, for the extraction stage that spots mentions. A gazetteer-backed
 * implementation comes from the geo package; a configured list of names does until one is loaded.
 */
@FunctionalInterface
public interface PlaceNameSpotter {
    /** Non-overlapping spans of place names in {@code text}, in text order, longest match preferred. */
    List<Span> spot(String text);
}
