/**
 * Gazetteer importers: Who's On First GeoJSON ({@link org.borderwatch.geo.gazetteer.WofImporter}),
 * GeoNames dumps ({@link org.borderwatch.geo.gazetteer.GeoNamesImporter}), the coarse npm-fetched
 * default ({@link org.borderwatch.geo.gazetteer.DefaultGazetteer}, with a TopoJSON decoder), and the
 * conflict's configured features; {@link org.borderwatch.geo.gazetteer.GazetteerImporter} stores them.
 */
package org.borderwatch.geo.gazetteer;
