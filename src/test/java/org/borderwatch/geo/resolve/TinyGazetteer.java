package org.borderwatch.geo.resolve;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerEntry.NameKind;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Geography;
import org.borderwatch.language.LocalWords;

/** A hand-made gazetteer of a few places (coordinates rounded from public maps) for unit tests. */
final class TinyGazetteer {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final List<GeoConfig.Alias> aliases = new ArrayList<>();
    private LocalWords localWords = LocalWords.NONE;

    TinyGazetteer place(String id, String name, double lat, double lon, String admin1, String country,
                        FeatureClass fc, long population, String... otherNames) {
        return entry("test", id, name, lat, lon, admin1, country, fc, population, otherNames);
    }

    /** A place as a conflict's features.yaml lists it. */
    TinyGazetteer feature(String id, String name, double lat, double lon, String admin1, String country, FeatureClass fc) {
        return entry(GazetteerEntry.CONFIGURED_FEATURES, id, name, lat, lon, admin1, country, fc, 0);
    }

    private TinyGazetteer entry(String source, String id, String name, double lat, double lon, String admin1, String country,
                                FeatureClass fc, long population, String... otherNames) {
        List<GazetteerEntry.Name> names = new ArrayList<>();
        names.add(new GazetteerEntry.Name(name, null, NameKind.PRIMARY));
        for (String n : otherNames) {
            names.add(new GazetteerEntry.Name(n, "eng", NameKind.PREFERRED));
        }
        entries.add(new GazetteerEntry(new Place(id, name, names.stream().map(GazetteerEntry.Name::text).toList(),
                new GeoPoint(lat, lon), admin1, country, fc, population, null), names, source));
        return this;
    }

    TinyGazetteer alias(String place, String country, String... names) {
        aliases.add(new GeoConfig.Alias(place, country, null, null, List.of(names), null));
        return this;
    }

    /** The words of the conflict's region (unit words, name suffixes, spelling rules); none by default. */
    TinyGazetteer words(LocalWords words) {
        this.localWords = words;
        return this;
    }

    Geography build() {
        GeoConfig config = new GeoConfig(new GeoConfig.Places(aliases, null, List.of("May", "Hand"), null, null, List.of("Kut")),
                new GeoConfig.Features(null, null, null)).withLocalWords(localWords);
        return Geography.of(entries, List.of(), config);
    }

    /** Armenian and Azerbaijani places with the name clashes of the 2021–2023 border crisis. */
    static Geography crisis() {
        return new TinyGazetteer()
                .words(GeoConfig.forConflict("armenia-azerbaijan").localWords())
                .place("r-geg", "Gegharkunik", 40.26, 45.30, "Gegharkunik", "Armenia", FeatureClass.REGION, 0)
                .place("r-ara", "Aragatsotn", 40.45, 44.25, "Aragatsotn", "Armenia", FeatureClass.REGION, 0)
                .place("r-syu", "Syunik", 39.37, 46.15, "Syunik", "Armenia", FeatureClass.REGION, 0)
                .place("r-shi", "Shirak", 40.85, 43.85, "Shirak", "Armenia", FeatureClass.REGION, 0)
                .place("r-vay", "Vayots Dzor", 39.76, 45.35, "Vayots Dzor", "Armenia", FeatureClass.REGION, 0)
                .place("r-kal", "Kalbajar", 40.10, 46.20, "Kalbajar", "Azerbaijan", FeatureClass.REGION, 0)
                .place("c-am", "Armenia", 40.2, 45.0, null, "Armenia", FeatureClass.COUNTRY, 3_000_000)
                .place("c-az", "Azerbaijan", 40.3, 47.7, null, "Azerbaijan", FeatureClass.COUNTRY, 10_000_000)
                .place("vardenis-g", "Vardenis", 40.18, 45.73, "Gegharkunik", "Armenia", FeatureClass.LOCALITY, 12_000)
                .place("vardenis-a1", "Vardenis", 40.43, 44.41, "Aragatsotn", "Armenia", FeatureClass.LOCALITY, 0)
                .place("vardenis-a2", "Vardenis", 40.57, 44.41, "Aragatsotn", "Armenia", FeatureClass.LOCALITY, 0)
                .place("aparan", "Aparan", 40.59, 44.36, "Aragatsotn", "Armenia", FeatureClass.LOCALITY, 6_000)
                .place("karmrakar-s", "Karmrakar", 39.40, 46.39, "Syunik", "Armenia", FeatureClass.LOCALITY, 0)
                .place("karmrakar-h", "Karmrakar", 40.87, 43.88, "Shirak", "Armenia", FeatureClass.LOCALITY, 0)
                .place("vorotan-1", "Vorotan", 39.43, 46.38, "Syunik", "Armenia", FeatureClass.LOCALITY, 0)
                .place("vorotan-2", "Vorotan", 39.49, 46.14, "Syunik", "Armenia", FeatureClass.LOCALITY, 0)
                .place("goris", "Goris", 39.51, 46.34, "Syunik", "Armenia", FeatureClass.LOCALITY, 20_000)
                .place("shurnukh", "Shurnukh", 39.38, 46.40, "Syunik", "Armenia", FeatureClass.LOCALITY, 0)
                .place("sisian", "Sisian", 39.52, 46.03, "Syunik", "Armenia", FeatureClass.LOCALITY, 14_000)
                .place("jermuk", "Jermuk", 39.84, 45.67, "Vayots Dzor", "Armenia", FeatureClass.LOCALITY, 4_500)
                .place("istisu", "İstisu", 39.95, 45.96, "Kalbajar", "Azerbaijan", FeatureClass.LOCALITY, 900, "Istisu")
                .place("sotk", "Sotk", 40.20, 45.87, "Gegharkunik", "Armenia", FeatureClass.LOCALITY, 2_000)
                .place("kut", "Kut", 40.18, 45.90, "Gegharkunik", "Armenia", FeatureClass.LOCALITY, 0)
                .place("hand", "Hand", 40.02, 44.89, "Ararat", "Armenia", FeatureClass.LOCALITY, 0)
                .place("nerkin-hand", "Nerkin Hand", 39.04, 46.52, "Syunik", "Armenia", FeatureClass.LOCALITY, 0)
                .place("may", "May", 40.5, 45.0, "Tavush", "Armenia", FeatureClass.LOCALITY, 0)
                .place("tegh-bridge", "Tegh Bridge", 39.56, 46.47, "Syunik", "Armenia", FeatureClass.ROAD, 0)
                .alias("Jermuk", "Armenia", "Istisu")
                .alias("Sotk", "Armenia", "Zod")
                .build();
    }
}
