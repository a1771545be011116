package org.borderwatch.geo.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerEntry.NameKind;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Haversine;
import org.borderwatch.geo.names.NameNormalizer;

/**
 * All gazetteer places in memory, indexed by the phonetic key of every name (configured aliases
 * included), so a mention finds its candidates however it is transliterated.
 */
public final class PlaceIndex {
    /** A name of a place that matched a lookup. */
    public record NameHit(GazetteerEntry entry, String name, String lang, String folded, NameKind kind) {
        public Place place() {
            return entry.place();
        }
    }

    private final List<GazetteerEntry> entries;
    private final Map<String, List<NameHit>> byPhonetic = new HashMap<>();
    private final List<String> unmatchedAliases = new ArrayList<>();
    private final NameNormalizer names;

    /** Indexes the places' names and the configured aliases by the keys {@code names} gives them. */
    public PlaceIndex(List<GazetteerEntry> places, List<GeoConfig.Alias> aliases, NameNormalizer names) {
        this.names = names;
        this.entries = List.copyOf(places);
        for (GazetteerEntry e : entries) {
            for (GazetteerEntry.Name n : e.names()) {
                add(e, n);
            }
        }
        for (GeoConfig.Alias alias : aliases) {
            GazetteerEntry target = aliasTarget(alias);
            if (target == null) {
                unmatchedAliases.add(alias.place());
                continue;
            }
            for (String name : alias.names()) {
                add(target, new GazetteerEntry.Name(name, null, NameKind.ALIAS));
            }
        }
    }

    private void add(GazetteerEntry e, GazetteerEntry.Name n) {
        String folded = names.fold(n.text());
        if (folded.isEmpty()) {
            return;
        }
        byPhonetic.computeIfAbsent(names.phoneticOfFolded(folded), k -> new ArrayList<>())
                .add(new NameHit(e, n.text(), n.lang(), folded, n.kind()));
    }

    /** The place an alias belongs to: same folded name, the given country/admin1/class, the most prominent. */
    private GazetteerEntry aliasTarget(GeoConfig.Alias alias) {
        String folded = names.fold(alias.place());
        return lookup(alias.place()).stream()
                .filter(h -> h.folded().equals(folded))
                .map(NameHit::entry)
                .filter(e -> alias.country() == null || alias.country().equalsIgnoreCase(e.place().country()))
                .filter(e -> alias.admin1() == null || alias.admin1().equalsIgnoreCase(e.place().admin1()))
                .filter(e -> alias.featureClass() == null || alias.featureClass() == e.place().featureClass())
                .max(Comparator.comparingInt((GazetteerEntry e) -> classRank(e.place().featureClass()))
                        .thenComparingLong(e -> e.place().population())
                        .thenComparingInt(e -> e.names().size()))
                .orElse(null);
    }

    static int classRank(FeatureClass fc) {
        return switch (fc) {
            case LOCALITY -> 5;
            case REGION, COUNTRY -> 4;
            case HEIGHT, LAKE, ROAD, CORRIDOR, BORDER_LINE -> 3;
            case DISTRICT -> 1;
            case OTHER -> 0;
        };
    }

    /** Every name of every place whose phonetic key equals the mention's. */
    public List<NameHit> lookup(String mention) {
        return byPhonetic.getOrDefault(names.phonetic(mention), List.of());
    }

    /** True when some place has a name with this phonetic key. */
    public boolean knows(String phoneticKey) {
        return byPhonetic.containsKey(phoneticKey);
    }

    public Map<String, List<NameHit>> namesByPhoneticKey() {
        return byPhonetic;
    }

    /** How this index compares names (the conflict's words and transliteration rules). */
    public NameNormalizer names() {
        return names;
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** Aliases whose place the gazetteer lacks (reported by `gazetteer status`). */
    public List<String> unmatchedAliases() {
        return List.copyOf(unmatchedAliases);
    }

    /** Places nearest to a point, nearest first. */
    public List<Nearby> near(GeoPoint p, int limit, java.util.function.Predicate<Place> filter) {
        return entries.stream()
                .map(GazetteerEntry::place)
                .filter(pl -> pl.point() != null && filter.test(pl))
                .map(pl -> new Nearby(pl, Haversine.km(p, pl.point())))
                .sorted(Comparator.comparingDouble(Nearby::km))
                .limit(limit)
                .toList();
    }

    /** A place and its distance from a point. */
    public record Nearby(Place place, double km) {
    }
}
