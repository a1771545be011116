package org.borderwatch.store;

/**
 * Stored gazetteer: places with all their names, and administrative boundaries.
 * (Placeholder: the geography work gives it its methods.)
 */
public interface GazetteerRepository {
}
