/**
 * Places and borders. {@link org.borderwatch.geo.Geography} is the facade the rest of BorderWatch uses:
 * loaded once from the stored gazetteer ({@code Geography.load(store.gazetteer())}), it offers the
 * place spotter, the event enricher (geocoding with document context and border analysis), look-ups
 * by name and by point, and the outlines as GeoJSON. {@link org.borderwatch.geo.GeoConfig} holds a
 * conflict's geography configuration (aliases, unit names, stop words, features, and the words and spellings of
 * its region from its conflict.yaml); English words are in geo/words.yaml. Sub-packages:
 * {@code gazetteer} (importers), {@code names} (normalisation), {@code resolve} (candidates, context,
 * spotting, enrichment), {@code admin} (point-in-polygon), {@code border} (border distance and depth).
 */
package org.borderwatch.geo;
