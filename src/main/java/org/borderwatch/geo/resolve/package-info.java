/**
 * From mentions to places: the names index, candidate scoring with document context, the token-trie
 * place spotter, and {@link org.borderwatch.geo.resolve.GeoEnricher}, the {@code EventEnricher} that
 * fills event locations and border positions.
 */
package org.borderwatch.geo.resolve;
