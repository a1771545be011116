package org.borderwatch.cli;

import org.borderwatch.api.MapLayers;

/** The map's background drawn from the stored gazetteer's boundaries. (Wired once geography exposes them.) */
final class MapLayersFromGeography {
    private MapLayersFromGeography() {
    }

    static MapLayers of(Engine engine) {
        return MapLayers.NONE;
    }
}
