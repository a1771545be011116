package org.borderwatch.cli;

import org.borderwatch.api.MapLayers;

/** The map's background drawn from the stored gazetteer's boundaries, or none before a gazetteer is imported. */
final class MapLayersFromGeography {
    private MapLayersFromGeography() {
    }

    static MapLayers of(Engine engine) {
        return engine.geography().<MapLayers>map(g -> g::boundariesGeoJson).orElse(MapLayers.NONE);
    }
}
