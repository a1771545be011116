package org.borderwatch.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.EventEnricher;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.PlaceNameSpotter;
import org.borderwatch.domain.Span;
import org.borderwatch.geo.admin.AdminLocator;
import org.borderwatch.geo.border.BorderAnalyzer;
import org.borderwatch.geo.resolve.Candidate;
import org.borderwatch.geo.resolve.ContextReader;
import org.borderwatch.geo.resolve.GazetteerSpotter;
import org.borderwatch.geo.names.NameNormalizer;
import org.borderwatch.geo.resolve.GeoEnricher;
import org.borderwatch.geo.resolve.MentionWords;
import org.borderwatch.geo.resolve.PlaceIndex;
import org.borderwatch.geo.resolve.PlaceResolver;
import org.borderwatch.geo.resolve.ResolutionContext;
import org.borderwatch.store.GazetteerRepository;

/**
 * Everything geographic the rest of BorderWatch needs, loaded once from the stored gazetteer into
 * memory: the names index and resolver, the place spotter, point-in-polygon over the boundaries, the
 * border analysis, and the event enricher that uses them all. Immutable and safe to share between threads.
 */
public final class Geography {
    private final GeoConfig config;
    private final PlaceIndex index;
    private final MentionWords mentionWords;
    private final PlaceResolver resolver;
    private final GazetteerSpotter spotter;
    private final ContextReader contextReader;
    private final AdminLocator admin;
    /** Built on first use: finding the common border costs a second that place look-ups do not need. */
    private BorderAnalyzer border;
    private final GeoEnricher enricher;
    /** REGION places by lower-cased admin1, in gazetteer order. */
    private final java.util.Map<String, List<Place>> regionsByUnit;

    private Geography(List<GazetteerEntry> places, List<Boundary> boundaries, GeoConfig config) {
        this.config = config;
        // the conflict's own words and spellings, read once: every name and mention is compared with them
        this.index = new PlaceIndex(places, config.places().aliases(), new NameNormalizer(config.localWords()));
        this.mentionWords = new MentionWords(config.localWords());
        this.resolver = new PlaceResolver(index, mentionWords);
        Set<String> shortNames = new HashSet<>(config.places().spotNames());
        this.spotter = new GazetteerSpotter(index, config.places().stopWordSet(), shortNames);
        this.contextReader = new ContextReader(index, spotter, mentionWords);
        this.admin = new AdminLocator(boundaries);
        this.enricher = new GeoEnricher(this);
        // a fallback to a province's centre happened once per unresolved name, each a scan of every place
        this.regionsByUnit = new java.util.HashMap<>();
        for (GazetteerEntry e : index.entries()) {
            Place p = e.place();
            if (p.featureClass() == FeatureClass.REGION && p.admin1() != null) {
                regionsByUnit.computeIfAbsent(p.admin1().toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>()).add(p);
            }
        }
    }

    /** Loads the stored gazetteer with the configuration of the default conflict. */
    public static Geography load(GazetteerRepository repository) {
        return load(repository, GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT));
    }

    public static Geography load(GazetteerRepository repository, GeoConfig config) {
        return new Geography(repository.allPlaces(), repository.boundaries(), config);
    }

    /** From places and boundaries already in memory (tests, tools). */
    public static Geography of(List<GazetteerEntry> places, List<Boundary> boundaries, GeoConfig config) {
        return new Geography(places, boundaries, config);
    }

    public boolean isEmpty() {
        return index.entries().isEmpty();
    }

    /** Candidates for a name with no context, best first. */
    public List<Candidate> find(String name, int limit) {
        return resolver.candidates(name, ResolutionContext.NONE).stream().limit(limit).toList();
    }

    /** Places nearest a point (localities, features and units alike), nearest first. */
    public List<PlaceIndex.Nearby> near(GeoPoint point, int limit) {
        return index.near(point, limit, p -> p.featureClass() != FeatureClass.COUNTRY);
    }

    /** Resolves a name as it appears at {@code mention} in {@code text}, reading the text around it. */
    public Location locate(String name, String text, Span mention) {
        return enricher.locate(name, text, mention);
    }

    /** The gazetteer's REGION place for a unit name, for falling back to a province's centre. */
    public Place regionPlace(String admin1, String country) {
        for (Place p : regionsByUnit.getOrDefault(admin1.toLowerCase(java.util.Locale.ROOT), List.of())) {
            if (country == null || country.equals(p.country())) {
                return p;
            }
        }
        return null;
    }

    /**
     * The outlines of the conflict's region as a GeoJSON FeatureCollection for a map background, crediting
     * the given sources; each feature's {@code properties.kind} is country, admin1, border, disputed or
     * enclave (see {@link BoundaryLayers} for the rest). Computed anew on each call: it takes a second.
     */
    public String boundariesGeoJson(List<MapCredit> credits) {
        return BoundaryLayers.of(admin, this, credits);
    }

    public EventEnricher enricher() {
        return enricher;
    }

    public PlaceNameSpotter spotter() {
        return spotter;
    }

    public GazetteerSpotter gazetteerSpotter() {
        return spotter;
    }

    public PlaceResolver resolver() {
        return resolver;
    }

    /** What words around a mention say about it, for this conflict. */
    public MentionWords mentionWords() {
        return mentionWords;
    }

    public ContextReader contextReader() {
        return contextReader;
    }

    public AdminLocator admin() {
        return admin;
    }

    public synchronized BorderAnalyzer border() {
        if (border == null) {
            border = new BorderAnalyzer(admin, config.features().borderCountries(), config.actors());
        }
        return border;
    }

    public PlaceIndex index() {
        return index;
    }

    public GeoConfig config() {
        return config;
    }
}
