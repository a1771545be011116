package org.borderwatch.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerEntry.NameKind;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.geo.GeoTestSupport;
import org.borderwatch.store.GazetteerRepository;
import org.junit.jupiter.api.Test;

class JdbcGazetteerRepositoryTest {
    private final JdbcGazetteerRepository repo = new JdbcGazetteerRepository(GeoTestSupport.h2());

    private static GazetteerEntry entry(String id, String name, String... others) {
        List<GazetteerEntry.Name> names = new java.util.ArrayList<>();
        names.add(new GazetteerEntry.Name(name, null, NameKind.PRIMARY));
        for (String o : others) {
            names.add(new GazetteerEntry.Name(o, "aze", NameKind.PREFERRED));
        }
        return new GazetteerEntry(new Place(id, name, names.stream().map(GazetteerEntry.Name::text).toList(),
                new GeoPoint(39.5, 46.3), "Syunik", "Armenia", FeatureClass.LOCALITY, 20000, "174875"), names, "s1");
    }

    @Test
    void storesPlacesWithAllNamesBoundariesAndAttribution() {
        assertThat(repo.isEmpty()).isTrue();
        GazetteerSource source = new GazetteerSource("s1", "test source", "Data from somewhere, CC-BY", Instant.now(), 0, 0);
        Boundary square = new Boundary("b1", "s1", FeatureClass.REGION, "Syunik", "Armenia", "409314",
                "POLYGON ((46 39, 47 39, 47 40, 46 40, 46 39))");
        repo.replaceSource(source, List.of(entry("p1", "Goris", "Gorus")), List.of(square), ProgressListener.SILENT);

        List<GazetteerEntry> all = repo.allPlaces();
        assertThat(all).hasSize(1);
        GazetteerEntry goris = all.get(0);
        assertThat(goris.place().names()).containsExactly("Goris", "Gorus");
        assertThat(goris.names().get(1).lang()).isEqualTo("aze");
        assertThat(goris.place().point()).isEqualTo(new GeoPoint(39.5, 46.3));
        assertThat(goris.place().population()).isEqualTo(20000);
        assertThat(goris.place().geonamesId()).isEqualTo("174875");
        assertThat(goris.source()).isEqualTo("s1");
        assertThat(repo.boundaries()).containsExactly(square);
        assertThat(repo.sources()).singleElement().satisfies(s -> {
            assertThat(s.attribution()).isEqualTo("Data from somewhere, CC-BY");
            assertThat(s.places()).isEqualTo(1);
            assertThat(s.boundaries()).isEqualTo(1);
        });
        assertThat(repo.countsBySourceAndCountry()).containsEntry("s1", java.util.Map.of("Armenia", 1L));
    }

    @Test
    void reimportingASourceReplacesItAndLeavesOthers() {
        GazetteerSource s1 = new GazetteerSource("s1", "one", null, Instant.now(), 0, 0);
        GazetteerSource s2 = new GazetteerSource("s2", "two", null, Instant.now(), 0, 0);
        repo.replaceSource(s1, List.of(entry("p1", "Goris"), entry("p2", "Kapan")), List.of(), ProgressListener.SILENT);
        repo.replaceSource(s2, List.of(entry("p3", "Sisian")), List.of(), ProgressListener.SILENT);
        repo.replaceSource(s1, List.of(entry("p4", "Meghri")), List.of(), ProgressListener.SILENT);
        assertThat(repo.allPlaces()).extracting(e -> e.place().name()).containsExactlyInAnyOrder("Meghri", "Sisian");
        assertThat(repo.placeCount()).isEqualTo(2);
    }

    @Test
    void aPlaceImportedAgainUnderAnotherSourceMovesThereAndAnEmptiedSourceGoes() {
        GazetteerSource whole = new GazetteerSource("wof", "all countries at once", null, Instant.now(), 0, 0);
        GazetteerSource armenia = new GazetteerSource("wof-am", "Armenia", null, Instant.now(), 0, 0);
        repo.replaceSource(whole, List.of(entry("p1", "Goris"), entry("p2", "Baku")), List.of(), ProgressListener.SILENT);

        GazetteerRepository.Removed replaced = repo.replaceSource(armenia, List.of(entry("p1", "Goris")), List.of(),
                ProgressListener.SILENT);

        assertThat(replaced).isEqualTo(new GazetteerRepository.Removed(1, 0));
        assertThat(repo.allPlaces()).extracting(GazetteerEntry::source).containsExactlyInAnyOrder("wof", "wof-am");
        assertThat(repo.sources()).extracting(GazetteerSource::id, GazetteerSource::places)
                .containsExactly(tuple("wof", 1), tuple("wof-am", 1));

        repo.replaceSource(new GazetteerSource("wof-az", "Azerbaijan", null, Instant.now(), 0, 0),
                List.of(entry("p2", "Baku")), List.of(), ProgressListener.SILENT);
        assertThat(repo.sources()).extracting(GazetteerSource::id).containsExactly("wof-am", "wof-az");
        assertThat(repo.removeSource("wof-am")).isEqualTo(new GazetteerRepository.Removed(1, 0));
        assertThat(repo.removeSource("wof-am")).isEqualTo(GazetteerRepository.Removed.NOTHING);
        assertThat(repo.allPlaces()).extracting(e -> e.place().name()).containsExactly("Baku");
    }
}
