package org.borderwatch.extract.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.domain.ActorKind;
import org.borderwatch.domain.FeatureClass;

/**
 * Everything extraction knows about one conflict, read from a folder holding conflict.yaml (parties,
 * regions, territory cues, force-position cues, a development place list) and actors.yaml (canonical actors and aliases).
 * Another conflict needs only another folder.
 */
public record ConflictConfig(
        String name,
        List<Country> countries,
        List<String> sides,
        List<Region> regions,
        List<String> territoryCues,
        List<String> positionCues,
        List<PlaceEntry> places,
        List<ActorEntry> actors,
        Map<String, List<String>> roleNouns,
        org.borderwatch.language.LocalWords localWords) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Country(String name, List<String> adjectives, List<String> aliases, String capital) {
        public Country {
            adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String name, List<String> aliases, String country, String heldBy, String localForces,
                         String civilians) {
        public Region {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlaceEntry(String name, List<String> aliases, FeatureClass cls, String country, String admin1,
                             String region, Double lat, Double lon, Integer level) {
        public PlaceEntry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            cls = cls == null ? FeatureClass.LOCALITY : cls;
        }

        /**
         * A district below the first-level unit ({@code level: 2}: a rayon inside an oblast), which ACLED names as the
         * location; a first-level unit (the default) is recorded in admin1 alone.
         */
        public boolean secondLevelUnit() {
            return cls == FeatureClass.DISTRICT && level != null && level == 2;
        }

        /** The point the list gives, if any. */
        public Optional<org.borderwatch.domain.GeoPoint> point() {
            return lat == null || lon == null ? Optional.empty() : Optional.of(new org.borderwatch.domain.GeoPoint(lat, lon));
        }

        boolean answersTo(String placeName) {
            return answersTo(placeName, nameKey(placeName));
        }

        /** As {@link #answersTo(String)}, with the name's {@link #nameKey} already worked out (once per look-up). */
        boolean answersTo(String placeName, String key) {
            if (name.equalsIgnoreCase(placeName) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(placeName))) {
                return true;
            }
            return LISTED_KEYS.computeIfAbsent(name, ConflictConfig::nameKey).equals(key)
                    || aliases.stream().anyMatch(a -> LISTED_KEYS.computeIfAbsent(a, ConflictConfig::nameKey).equals(key));
        }
    }

    /** The name keys of listed names and aliases, worked out once: every placement asks for them. */
    private static final Map<String, String> LISTED_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A place name as its spellings share it: lower case, apostrophes dropped and hyphens read as spaces, so that
     * "Ovchi-Qal'acha", "Ovchi Qal'acha" and "ovchi qalacha" are one name. Transliterations mark a glottal stop or
     * an aspiration with an apostrophe, and join a name's words with a hyphen, each as the writer pleases.
     */
    public static String nameKey(String placeName) {
        if (placeName == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(placeName.length());
        for (int i = 0; i < placeName.length(); i++) {
            char c = Character.toLowerCase(placeName.charAt(i));
            if (c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`') {
                continue;
            }
            boolean space = c == '-' || Character.isWhitespace(c);
            if (!space) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record PlacesFile(List<PlaceEntry> places) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * A canonical actor. {@code aliases} are other names of the body itself; {@code people} are officials who
     * act and speak for it ("Nikol Pashinyan" for the Government of Armenia), so "he" can stand for them;
     * {@code theatre} is the country where a force or mission deployed abroad acts (peacekeepers, monitors),
     * so its acts told without a place happened there, not in its home country.
     */
    public record ActorEntry(String name, ActorKind kind, String country, String role, List<String> aliases,
                             List<String> people, String theatre) {
        public ActorEntry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            people = people == null ? List.of() : List.copyOf(people);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record ConflictFile(String name, List<Country> countries, List<String> sides, List<Region> regions,
                                List<String> territoryCues, List<String> positionCues, List<PlaceEntry> places,
                                org.borderwatch.language.LocalWords localWords) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record ActorsFile(List<ActorEntry> actors) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, false);

    public ConflictConfig {
        countries = List.copyOf(countries);
        sides = List.copyOf(sides);
        regions = List.copyOf(regions);
        territoryCues = List.copyOf(territoryCues);
        positionCues = List.copyOf(positionCues);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        roleNouns = Map.copyOf(roleNouns);
    }

    /** Loads the conflict configured in a folder on disk. */
    public static ConflictConfig load(Path folder) {
        Path conflict = folder.resolve("conflict.yaml");
        Path actors = folder.resolve("actors.yaml");
        for (Path p : List.of(conflict, actors)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("conflict configuration incomplete: " + p + " not found");
            }
        }
        try (InputStream c = Files.newInputStream(conflict); InputStream a = Files.newInputStream(actors)) {
            return read(c, a, folder.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read conflict configuration " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Loads a conflict shipped on the class path under /conflicts/{id}/. */
    public static ConflictConfig fromClasspath(String id) {
        String base = "/conflicts/" + id + "/";
        try (InputStream c = ConflictConfig.class.getResourceAsStream(base + "conflict.yaml");
             InputStream a = ConflictConfig.class.getResourceAsStream(base + "actors.yaml")) {
            if (c == null || a == null) {
                throw new IllegalArgumentException("no conflict configuration named " + id + " on the class path");
            }
            return read(c, a, base);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read conflict configuration " + id + ": " + e.getMessage(), e);
        }
    }

    /** The conflict BorderWatch ships with. */
    public static ConflictConfig defaultConflict() {
        return fromClasspath("armenia-azerbaijan");
    }

    private static ConflictConfig read(InputStream conflictYaml, InputStream actorsYaml, String where) throws IOException {
        ConflictFile c = YAML.readValue(conflictYaml, ConflictFile.class);
        ActorsFile a = YAML.readValue(actorsYaml, ActorsFile.class);
        if (c == null || c.countries() == null || c.countries().isEmpty()) {
            throw new IllegalArgumentException("conflict configuration " + where + " names no countries");
        }
        Map<String, List<String>> roles;
        try (InputStream r = ConflictConfig.class.getResourceAsStream("/extract/roles.yaml")) {
            roles = YAML.readValue(r, new TypeReference<Map<String, List<String>>>() { });
        }
        return new ConflictConfig(
                c.name() == null ? where : c.name(),
                c.countries(),
                orEmpty(c.sides()),
                orEmpty(c.regions()),
                orEmpty(c.territoryCues()),
                orEmpty(c.positionCues()),
                withCapitalPhrases(withWorldCapitals(orEmpty(c.places())), c.countries()),
                a == null ? List.of() : orEmpty(a.actors()),
                roles,
                c.localWords() == null ? org.borderwatch.language.LocalWords.NONE : c.localWords());
    }

    /**
     * The conflict's places, then the world's capitals it does not list itself: meetings and visits happen
     * abroad, and a new conflict should not have to list the world's capitals to place them.
     */
    private static List<PlaceEntry> withWorldCapitals(List<PlaceEntry> own) throws IOException {
        List<PlaceEntry> all = new java.util.ArrayList<>(own);
        try (InputStream in = ConflictConfig.class.getResourceAsStream("/places/world-capitals.yaml")) {
            for (PlaceEntry capital : YAML.readValue(in, PlacesFile.class).places()) {
                boolean listed = own.stream().anyMatch(p -> p.answersTo(capital.name())
                        || capital.aliases().stream().anyMatch(p::answersTo));
                if (!listed) {
                    all.add(capital);
                }
            }
        }
        return all;
    }

    /**
     * Each configured country's capital also answers to "<adjective> capital" ("signed in the Northian capital"), so
     * a report that names the city only so is placed there.
     */
    private static List<PlaceEntry> withCapitalPhrases(List<PlaceEntry> places, List<Country> countries) {
        List<PlaceEntry> out = new java.util.ArrayList<>(places);
        for (Country country : orEmpty(countries)) {
            if (country.capital() == null || country.adjectives() == null) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                PlaceEntry p = out.get(i);
                if (p.answersTo(country.capital())) {
                    List<String> aliases = new java.util.ArrayList<>(p.aliases());
                    country.adjectives().forEach(adjective -> aliases.add(adjective + " capital"));
                    out.set(i, new PlaceEntry(p.name(), aliases, p.cls(), p.country(), p.admin1(), p.region(), p.lat(), p.lon(), p.level()));
                    break;
                }
            }
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public Optional<Country> country(String countryName) {
        return countries.stream().filter(c -> c.name().equals(countryName)).findFirst();
    }

    /** The configured actor of a country in a role ("military", "government", ...). */
    public Optional<ActorEntry> actorFor(String countryName, String role) {
        return actors.stream()
                .filter(a -> role.equals(a.role()) && countryName != null && countryName.equals(a.country()))
                .findFirst();
    }

    /** Whether a token names an administrative unit: an English unit word or one of the conflict's own. */
    public boolean unitWord(String tokenKey) {
        return WordLists.english().words("unit-words").contains(tokenKey) || localWords.unitWords().contains(tokenKey);
    }

    /** The configured actors as typed values (name, ACLED kind, country), for exports and border analysis. */
    public org.borderwatch.domain.ActorDirectory actorDirectory() {
        return org.borderwatch.domain.ActorDirectory.of(actors.stream()
                .map(a -> new org.borderwatch.domain.Actor(a.name(), a.kind(), a.country(), a.aliases())).toList());
    }

    public Optional<ActorEntry> actorNamed(String actorName) {
        return actors.stream().filter(a -> a.name().equals(actorName)).findFirst();
    }

    /** Whether a place is named only by the capital phrase of a configured country: "the Northian capital". */
    public boolean capitalPhrase(String placeName) {
        return orEmpty(countries).stream().filter(c -> c.capital() != null && c.adjectives() != null)
                .anyMatch(c -> c.adjectives().stream().anyMatch(a -> (a + " capital").equalsIgnoreCase(placeName)));
    }

    public Optional<PlaceEntry> place(String placeName) {
        String key = nameKey(placeName);
        for (PlaceEntry p : places) {
            if (p.answersTo(placeName, key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the name is an area that other places lie in rather than one spot: a region of special status, or a
     * configured region, district or country.
     */
    public boolean area(String placeName) {
        return regionOf(placeName).filter(r -> r.name().equalsIgnoreCase(placeName)
                || r.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(placeName))).isPresent()
                || place(placeName).map(p -> p.cls() == FeatureClass.REGION || p.cls() == FeatureClass.DISTRICT
                || p.cls() == FeatureClass.COUNTRY).orElse(false);
    }

    /** The region of special status a place is, or lies in. */
    public Optional<Region> regionOf(String placeName) {
        Optional<String> within = place(placeName).map(PlaceEntry::region);
        if (within.isPresent()) {
            String name = within.get();
            return regions.stream().filter(r -> r.name().equals(name)).findFirst();
        }
        for (Region r : regions) {
            if (r.name().equalsIgnoreCase(placeName) || r.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(placeName))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
