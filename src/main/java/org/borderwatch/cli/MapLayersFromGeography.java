package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.api.MapLayers;
import org.borderwatch.geo.Geography;
import org.borderwatch.geo.MapCredit;

/**
 * The map's background drawn from the stored gazetteer's boundaries, crediting its sources, or none
 * before a gazetteer is imported. Drawing it takes a second or more, so it starts in the background at
 * once and is kept; the page's first request waits for it at most.
 */
final class MapLayersFromGeography implements MapLayers {
    private final Geography geography;
    private final List<MapCredit> credits;
    private String geoJson;

    private MapLayersFromGeography(Geography geography, List<MapCredit> credits) {
        this.geography = geography;
        this.credits = credits;
    }

    static MapLayers of(Engine engine) {
        List<MapCredit> credits = MapCredit.of(engine.store().gazetteer().sources());
        return engine.geography().<MapLayers>map(g -> {
            MapLayersFromGeography layers = new MapLayersFromGeography(g, credits);
            Thread draw = new Thread(layers::boundariesGeoJson, "map-background");
            draw.setDaemon(true);
            draw.start();
            return layers;
        }).orElse(MapLayers.NONE);
    }

    @Override
    public synchronized String boundariesGeoJson() {
        if (geoJson == null) {
            geoJson = geography.boundariesGeoJson(credits);
        }
        return geoJson;
    }
}
