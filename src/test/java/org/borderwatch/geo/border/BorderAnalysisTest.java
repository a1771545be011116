package org.borderwatch.geo.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.OffsetMap;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.geo.GeoTestSupport;
import org.borderwatch.domain.Actor;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.domain.ActorKind;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.GeoTestSupport;
import org.borderwatch.geo.Geography;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BorderAnalysisTest {
    private static Geography geo;

    @BeforeAll
    static void load() throws Exception {
        geo = GeoTestSupport.wof();
    }

    @Test
    void theCommonBorderIsFound() {
        // Armenia–Azerbaijan border incl. Nakhchivan is roughly 1,000 km; the coarse test is that it is long
        assertThat(geo.border().borderLengthKm()).isGreaterThan(400);
    }

    @Test
    void aBorderVillageIsCloseToTheBorderAndYerevanIsNot() {
        BorderPosition sotk = geo.border().analyze(new GeoPoint(40.2001, 45.8695), null).orElseThrow();
        assertThat(sotk.recognisedCountry()).isEqualTo("Armenia");
        assertThat(sotk.distanceToBorderKm()).isLessThan(8);
        BorderPosition yerevan = geo.border().analyze(new GeoPoint(40.1811, 44.5136), null).orElseThrow();
        assertThat(yerevan.distanceToBorderKm()).isGreaterThan(20);
    }

    @Test
    void whoseForcesActIsWhatTheConfigurationSaysNotWhatTheNameLooksLike() throws Exception {
        // a state body with a name of no ACLED form, and a rebel group: typed by the conflict's actors
        ActorDirectory actors = ActorDirectory.of(List.of(
                new Actor("State Border Service of Azerbaijan", ActorKind.STATE_FORCES, "Azerbaijan", List.of()),
                new Actor("Military Forces of Azerbaijan", ActorKind.REBEL_GROUP, "Azerbaijan", List.of())));
        Geography typed = Geography.load(GeoTestSupport.wofRepository(),
                GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT).withActors(actors));
        GeoPoint jermuk = new GeoPoint(39.8417, 45.6723);
        assertThat(typed.border().analyze(jermuk, "State Border Service of Azerbaijan").orElseThrow().crossBorder()).isTrue();
        assertThat(geo.border().analyze(jermuk, "State Border Service of Azerbaijan").orElseThrow().crossBorder()).isFalse();
        // the configuration wins over the name's form: here that name is typed a rebel group, no state's forces
        assertThat(typed.border().analyze(jermuk, "Military Forces of Azerbaijan").orElseThrow().crossBorder()).isFalse();
    }

    @Test
    void aStrikeByOneSidesForcesInsideTheOtherHasADepth() {
        // Jermuk lies well inside Armenia: an action there by Azerbaijan's forces is cross-border
        BorderPosition jermuk = geo.border().analyze(new GeoPoint(39.8417, 45.6723), "Military Forces of Azerbaijan").orElseThrow();
        assertThat(jermuk.recognisedCountry()).isEqualTo("Armenia");
        assertThat(jermuk.crossBorder()).isTrue();
        assertThat(jermuk.depthInsideOtherSideKm()).isCloseTo(jermuk.distanceToBorderKm(), within(15.0));
        // the same point with Armenia's own forces is not
        BorderPosition own = geo.border().analyze(new GeoPoint(39.8417, 45.6723), "Military Forces of Armenia").orElseThrow();
        assertThat(own.crossBorder()).isFalse();
        // civilians are no side's forces
        assertThat(geo.border().analyze(new GeoPoint(39.8417, 45.6723), "Civilians (Armenia)").orElseThrow().crossBorder()).isFalse();
    }

    @Test
    void nagornoKarabakhStaysAzerbaijanWithARegionTag() {
        BorderPosition p = geo.border().analyze(new GeoPoint(39.8177, 46.7528), "Military Forces of Azerbaijan").orElseThrow();
        assertThat(p.recognisedCountry()).isEqualTo("Azerbaijan");
        assertThat(p.region()).isEqualTo("Nagorno-Karabakh");
        assertThat(p.crossBorder()).isFalse();
    }

    @Test
    void theEnricherGeocodesLocationsWithTheDocumentAndSetsTheBorder() {
        String text = "Gegharkunik section\n\nOn 13 September Azerbaijani troops shelled Sotk and advanced near Saradeghy.";
        Document doc = new Document("d1", null, "t.txt", null, null, null, "en", null, "h", text, text,
                OffsetMap.identity(text.length()), 1, null);
        int s = text.indexOf("On 13");
        Evidence ev = doc.evidence(new Span(s, text.length()));
        Event e = new Event("e1", "d1", DateSpan.day(LocalDate.of(2022, 9, 13)), SubEventType.SHELLING_ARTILLERY_MISSILE,
                "Military Forces of Azerbaijan", List.of(), "Military Forces of Armenia", List.of(),
                List.of(Location.named("Sotk"), Location.named("Saradeghy")), null, null, List.of(), null,
                List.of(ev), List.of(), null);
        Event out = geo.enricher().enrich(e, doc);
        Location sotk = out.locations().get(0);
        assertThat(sotk.admin1()).isEqualTo("Gegharkunik");
        assertThat(sotk.country()).isEqualTo("Armenia");
        assertThat(sotk.precision()).isEqualTo(GeoPrecision.EXACT);
        assertThat(sotk.placeId()).isNotNull();
        Location unknown = out.locations().get(1);
        assertThat(unknown.name()).isEqualTo("Saradeghy");
        assertThat(unknown.placeId()).isNull();
        assertThat(unknown.admin1()).isEqualTo("Gegharkunik");
        assertThat(unknown.precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(out.border().recognisedCountry()).isEqualTo("Armenia");
        assertThat(out.border().crossBorder()).isTrue();
    }

    @Test
    void aCountryOrProvinceAloneGivesTheCountryButNoDistances() {
        String text = "Azerbaijani forces attacked Armenia on Tuesday.";
        Document doc = new Document("d2", null, "t2.txt", null, null, null, "en", null, "h2", text, text,
                OffsetMap.identity(text.length()), 1, null);
        Event e = new Event("e2", "d2", DateSpan.day(LocalDate.of(2022, 9, 13)), SubEventType.ARMED_CLASH,
                "Military Forces of Azerbaijan", List.of(), null, List.of(), List.of(Location.named("Armenia")), null, null,
                List.of(), null, List.of(doc.evidence(new Span(0, text.length()))), List.of(), null);
        Event out = geo.enricher().enrich(e, doc);
        assertThat(out.locations().get(0).precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(out.border().recognisedCountry()).isEqualTo("Armenia");
        assertThat(out.border().distanceToBorderKm()).isNull();
        assertThat(out.border().depthInsideOtherSideKm()).isNull();
    }
}
