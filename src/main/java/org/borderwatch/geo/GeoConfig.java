package org.borderwatch.geo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.geo.names.EnglishSpelling;
import org.borderwatch.language.LocalWords;

/**
 * The geography configuration of one conflict: names the gazetteer data lacks (aliases), display-name
 * fixes for mislabelled units, the words the place spotter must not take for places, the conflict's
 * own features (heights, roads, corridors, lines, areas of special status), and the words and spellings of its
 * region (unit words, name suffixes, transliteration rules). Read from a conflict folder
 * ({@code conflicts/<id>/places.yaml}, {@code features.yaml}, and the {@code localWords:} block of
 * {@code conflict.yaml}, which extraction reads too) so another conflict is a matter of data.
 */
public record GeoConfig(Places places, Features features, ActorDirectory actors, LocalWords localWords) {
    /** Places and features without actors or words of the region: border analysis then knows an actor's country
     * only by its name's form, and names are compared with the English words only. */
    public GeoConfig(Places places, Features features) {
        this(places, features, ActorDirectory.NONE, LocalWords.NONE);
    }

    public GeoConfig {
        localWords = localWords == null ? LocalWords.NONE : localWords;
    }

    /** The same configuration, knowing the conflict's actors (whose forces an event's acting side is). */
    public GeoConfig withActors(ActorDirectory newActors) {
        return new GeoConfig(places, features, newActors, localWords);
    }

    /** The same configuration with other words of the region. */
    public GeoConfig withLocalWords(LocalWords words) {
        return new GeoConfig(places, features, actors, words);
    }

    /** How names of units in a Latin alphabet of the region are spelt in English, for display names. */
    public EnglishSpelling englishSpelling() {
        return new EnglishSpelling(localWords.transliteration().englishSpellings());
    }


    public static final String DEFAULT_CONFLICT = "armenia-azerbaijan";

    /** places.yaml */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Places(List<Alias> aliases, Map<String, String> regionNames, List<String> stopWords,
                         Map<String, String> geonamesAdmin1, List<String> defaultCountries,
                         List<String> spotNames) {
        public Places {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            regionNames = regionNames == null ? Map.of() : Map.copyOf(regionNames);
            stopWords = stopWords == null ? List.of() : List.copyOf(stopWords);
            geonamesAdmin1 = geonamesAdmin1 == null ? Map.of() : Map.copyOf(geonamesAdmin1);
            defaultCountries = defaultCountries == null ? List.of() : List.copyOf(defaultCountries);
            spotNames = spotNames == null ? List.of() : List.copyOf(spotNames);
        }

        /** Stop words folded to lower case, for the spotter. */
        public Set<String> stopWordSet() {
            Set<String> out = new TreeSet<>();
            stopWords.forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
            return out;
        }
    }

    /**
     * Further names for a gazetteer place, which is found by one of its names ({@code place}) and,
     * when the name is ambiguous, its country and admin1. {@code note} says where the alias comes from.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alias(String place, String country, String admin1, FeatureClass featureClass, List<String> names,
                        String note) {
        public Alias {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** features.yaml */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Features(String attribution, List<String> borderCountries, List<Feature> features) {
        public Features {
            borderCountries = borderCountries == null ? List.of() : List.copyOf(borderCountries);
            features = features == null ? List.of() : List.copyOf(features);
        }
    }

    /**
     * A conflict feature. Coordinates are [latitude, longitude] pairs: one {@code point}, or a {@code line},
     * or a closed {@code polygon}. {@code regionTag}: points inside the polygon get this feature's name as
     * their region tag (an area of special status that stays inside its recognised country).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feature(String id, FeatureClass featureClass, List<String> names, String country, String admin1,
                          List<Double> point, List<List<Double>> line, List<List<Double>> polygon,
                          boolean regionTag, String source) {
        public Feature {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The configuration of a conflict shipped with BorderWatch (a classpath folder under conflicts/). */
    public static GeoConfig forConflict(String conflictId) {
        String base = "/conflicts/" + conflictId + "/";
        InputStream conflict = GeoConfig.class.getResourceAsStream(base + "conflict.yaml");
        return new GeoConfig(read(GeoConfig.class.getResourceAsStream(base + "places.yaml"), Places.class, base + "places.yaml"),
                read(GeoConfig.class.getResourceAsStream(base + "features.yaml"), Features.class, base + "features.yaml"),
                ActorDirectory.NONE,
                conflict == null ? LocalWords.NONE : LocalWords.read(conflict, base + "conflict.yaml"));
    }

    /** The configuration in a folder of the user's (places.yaml, features.yaml and conflict.yaml, each optional). */
    public static GeoConfig fromFolder(Path folder) {
        try {
            Path p = folder.resolve("places.yaml");
            Path f = folder.resolve("features.yaml");
            Path c = folder.resolve("conflict.yaml");
            return new GeoConfig(Files.exists(p) ? read(Files.newInputStream(p), Places.class, p.toString()) : empty().places(),
                    Files.exists(f) ? read(Files.newInputStream(f), Features.class, f.toString()) : empty().features(),
                    ActorDirectory.NONE,
                    Files.exists(c) ? LocalWords.read(Files.newInputStream(c), c.toString()) : LocalWords.NONE);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read geography configuration in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Several conflicts' configurations as one, for filling a gazetteer that serves them all: every alias,
     * display name, code, country and feature of each (a display name or code given twice keeps the first), and the
     * words of every region (a letter or sound spelt differently by two keeps the first's rule first).
     * The border countries are the first configuration's, as a store's map shows one border at a time.
     */
    public static GeoConfig combined(List<GeoConfig> configs) {
        if (configs.isEmpty()) {
            return empty();
        }
        List<Alias> aliases = new ArrayList<>();
        Map<String, String> regionNames = new LinkedHashMap<>();
        Set<String> stopWords = new LinkedHashSet<>();
        Map<String, String> geonamesAdmin1 = new LinkedHashMap<>();
        Set<String> defaultCountries = new LinkedHashSet<>();
        Set<String> spotNames = new LinkedHashSet<>();
        Set<String> attributions = new LinkedHashSet<>();
        List<Feature> features = new ArrayList<>();
        Set<String> featureIds = new HashSet<>();
        for (GeoConfig c : configs) {
            aliases.addAll(c.places().aliases());
            c.places().regionNames().forEach(regionNames::putIfAbsent);
            stopWords.addAll(c.places().stopWords());
            c.places().geonamesAdmin1().forEach(geonamesAdmin1::putIfAbsent);
            defaultCountries.addAll(c.places().defaultCountries());
            spotNames.addAll(c.places().spotNames());
            if (c.features().attribution() != null) {
                attributions.add(c.features().attribution());
            }
            c.features().features().stream().filter(f -> featureIds.add(f.id())).forEach(features::add);
        }
        Places places = new Places(aliases, regionNames, List.copyOf(stopWords), geonamesAdmin1,
                List.copyOf(defaultCountries), List.copyOf(spotNames));
        String attribution = attributions.isEmpty() ? null : String.join(" ", attributions);
        return new GeoConfig(places, new Features(attribution, configs.get(0).features().borderCountries(), features),
                ActorDirectory.NONE, LocalWords.combined(configs.stream().map(GeoConfig::localWords).toList()));
    }

    public static GeoConfig empty() {
        return new GeoConfig(new Places(null, null, null, null, null, null), new Features(null, null, null));
    }

    private static <T> T read(InputStream in, Class<T> type, String what) {
        T fallback = type == Places.class ? type.cast(empty().places()) : type.cast(empty().features());
        if (in == null) {
            return fallback;
        }
        try (in) {
            T value = YAML.readValue(in, type);
            return value == null ? fallback : value;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }
}
