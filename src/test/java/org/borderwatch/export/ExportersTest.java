package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.domain.ActorKind;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.store.jdbc.StoreSamples;
import org.junit.jupiter.api.Test;

class ExportersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Function<String, DocumentInfo> DOCS = id -> new DocumentInfo(id, id + ".txt", "T",
            "Pub, \"Quoted\" Ltd", null);

    private final Event full = StoreSamples.fullEvent("ev-1", "doc-a");
    private final Event unlocated = StoreSamples.event("ev-2", "doc-b", LocalDate.of(2021, 5, 12),
            SubEventType.PEACEFUL_PROTEST, "Protesters (Armenia)", null, null, null, "Line one,\nline \"two\"");

    @Test
    void theCountriesAnEventSpansAreWrittenInOneOrderWhicheverPlaceCameFirst() {
        org.borderwatch.domain.Location inAzerbaijan = new org.borderwatch.domain.Location("Kalbajar", "Azerbaijan", null,
                null, null, null, null);
        org.borderwatch.domain.Location inArmenia = new org.borderwatch.domain.Location("Sotk", "Armenia", null,
                null, null, null, null);
        Event one = full.withLocations(List.of(inAzerbaijan, inArmenia), full.border());
        Event other = full.withLocations(List.of(inArmenia, inAzerbaijan), full.border());
        assertThat(ReportFields.of(one, DOCS).get("country")).isEqualTo("Armenia; Azerbaijan")
                .isEqualTo(ReportFields.of(other, DOCS).get("country"));
    }

    @Test
    void jsonlWritesTheGoldFieldsFirstInOrder() throws Exception {
        StringWriter out = new StringWriter();
        long n = new JsonlExporter().write(List.of(full, unlocated).iterator(), DOCS, out);

        String[] lines = out.toString().split("\n");
        assertThat(n).isEqualTo(2);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, ReportFields.CORE.size())).isEqualTo(ReportFields.CORE);
        assertThat(first.get("doc").asText()).isEqualTo("doc-a.txt");
        assertThat(first.get("date").asText()).isEqualTo("2022-09-12");
        assertThat(first.get("date_end").asText()).isEqualTo("2022-09-14");
        assertThat(first.get("date_precision").asText()).isEqualTo("day");
        assertThat(first.get("event_type").asText()).isEqualTo("Battles");
        assertThat(first.get("sub_event_type").asText()).isEqualTo("Armed clash");
        assertThat(first.get("country").asText()).isEqualTo("Armenia");
        assertThat(first.get("location").asText()).isEqualTo("Jermuk; Sev Lake");
        assertThat(first.get("fatalities").asInt()).isEqualTo(2);
        assertThat(first.get("claimed_by").asText()).isEqualTo("Ministry of Defence of Armenia");
        assertThat(first.get("disputed_by").asText()).isEqualTo("Ministry of Defence of Azerbaijan");
        assertThat(first.get("evidence").asText()).isEqualTo("Troops fired");
        assertThat(first.get("id").asText()).isEqualTo("ev-1");

        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.get("date_end").isNull()).isTrue();
        assertThat(second.get("fatalities").isNull()).isTrue();
        assertThat(second.get("actor2").asText()).isEmpty();
        assertThat(second.get("location").asText()).isEmpty();
        assertThat(second.get("claimed_by").asText()).isEmpty();
    }

    @Test
    void csvHasAcledColumnsInOrderThenBorderWatchsAndQuotesProperly() throws Exception {
        StringWriter out = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);
        new AcledCsvExporter(CountryCodes.standard(), clock, ActorDirectory.NONE).write(List.of(full, unlocated).iterator(), DOCS, out);

        List<List<String>> rows = parseCsv(out.toString());
        assertThat(rows.get(0).subList(0, 31)).containsExactly("event_id_cnty", "event_date", "year", "time_precision",
                "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
                "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
                "notes", "fatalities", "tags", "timestamp");
        assertThat(rows.get(0).subList(31, rows.get(0).size())).containsExactly("date_end", "fatalities_best",
                "fatalities_high", "claimed_by", "disputed_by", "recognised_country", "distance_to_border_km",
                "depth_km", "evidence");
        Map<String, String> r1 = asMap(rows.get(0), rows.get(1));
        assertThat(r1).containsEntry("event_date", "2022-09-12").containsEntry("year", "2022")
                .containsEntry("time_precision", "1").containsEntry("disorder_type", "Political violence")
                .containsEntry("inter1", "1").containsEntry("inter2", "1").containsEntry("interaction", "11")
                .containsEntry("assoc_actor_2", "Volunteers, \"East\"")
                .containsEntry("iso", "51").containsEntry("country", "Armenia").containsEntry("admin1", "Vayots Dzor")
                .containsEntry("location", "Jermuk").containsEntry("latitude", "39.84").containsEntry("geo_precision", "1")
                .containsEntry("source", "Pub, \"Quoted\" Ltd").containsEntry("fatalities", "2")
                .containsEntry("timestamp", "1714521600").containsEntry("date_end", "2022-09-14")
                .containsEntry("fatalities_high", "5").containsEntry("depth_km", "2.0");
        Map<String, String> r2 = asMap(rows.get(0), rows.get(2));
        assertThat(r2).containsEntry("notes", "Line one,\nline \"two\"").containsEntry("inter1", "6")
                .containsEntry("interaction", "60").containsEntry("fatalities", "0").containsEntry("latitude", "");
        assertThat(rows).hasSize(3);
    }

    @Test
    void geoJsonIsAFeatureCollectionOfLocatedEvents() throws Exception {
        StringWriter out = new StringWriter();
        long n = new GeoJsonExporter().write(List.of(full, unlocated).iterator(), DOCS, out);

        JsonNode root = JSON.readTree(out.toString());
        assertThat(n).isEqualTo(1);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode f = root.get("features").get(0);
        assertThat(root.get("features")).hasSize(1);
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(f.at("/geometry/coordinates/0").asDouble()).isEqualTo(45.67);
        assertThat(f.at("/geometry/coordinates/1").asDouble()).isEqualTo(39.84);
        assertThat(f.at("/properties/id").asText()).isEqualTo("ev-1");
        assertThat(f.at("/properties/doc").asText()).isEqualTo("doc-a.txt");
        assertThat(f.at("/properties/sub_event_type").asText()).isEqualTo("Armed clash");
    }

    @Test
    void actorKindsFollowAcledNamingForNamesNoConfigurationKnows() {
        ActorKinds byName = new ActorKinds(ActorDirectory.NONE);
        assertThat(byName.of("Military Forces of Armenia")).isEqualTo(ActorKind.STATE_FORCES);
        assertThat(byName.of("Civilians (Azerbaijan)")).isEqualTo(ActorKind.CIVILIANS);
        assertThat(byName.of("Protesters (Armenia)")).isEqualTo(ActorKind.PROTESTERS);
        assertThat(byName.of("Rioters (Georgia)")).isEqualTo(ActorKind.RIOTERS);
        assertThat(byName.of("OSCE")).isEqualTo(ActorKind.EXTERNAL_OTHER);
        assertThat(byName.of("")).isNull();
        assertThat(ActorKinds.interaction(7, 1)).isEqualTo(17);
        assertThat(ActorKinds.interaction(6, 0)).isEqualTo(60);
    }

    @Test
    void theConfigurationTypesAnActorWhateverItsNameLooksLike() throws Exception {
        // a rebel group and a foreign government, as a conflict's actors.yaml types them
        ConflictConfig config = ConflictConfig.fromClasspath("northia-southia");
        ActorKinds configured = new ActorKinds(config.actorDirectory());
        assertThat(configured.of("Greyvale Defence Force")).isEqualTo(ActorKind.REBEL_GROUP);
        assertThat(configured.of("Government of Westmark")).isEqualTo(ActorKind.EXTERNAL_OTHER);
        assertThat(new ActorKinds(ActorDirectory.NONE).of("Government of Westmark")).isEqualTo(ActorKind.STATE_FORCES);
        // and the ACLED export writes those kinds' inter codes
        Event rebels = new Event("ev-r", "doc-a", full.date(), SubEventType.ARMED_CLASH, "Greyvale Defence Force", List.of(),
                "Government of Westmark", List.of(), List.of(), null, null, List.of(), "", full.evidence(), List.of(), null);
        StringWriter out = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);
        new AcledCsvExporter(CountryCodes.standard(), clock, config.actorDirectory()).write(List.of(rebels).iterator(), DOCS, out);
        List<String> header = parseCsv(out.toString()).get(0);
        List<String> row = parseCsv(out.toString()).get(1);
        assertThat(row.get(header.indexOf("inter1"))).isEqualTo("2");
        assertThat(row.get(header.indexOf("inter2"))).isEqualTo("8");
    }

    @Test
    void countryCodesByNameAnyCaseAndCommonSpellings() {
        assertThat(CountryCodes.standard().find("azerbaijan")).map(CountryCodes.Country::numeric).contains(31);
        assertThat(CountryCodes.standard().find("Russia")).map(CountryCodes.Country::alpha3).contains("RUS");
        assertThat(CountryCodes.standard().find("Russian Federation")).map(CountryCodes.Country::numeric).contains(643);
        assertThat(CountryCodes.standard().find("Atlantis")).isEmpty();
    }

    @Test
    void formatsByName() {
        assertThat(ExportFormat.fromId("acled-csv")).isEqualTo(ExportFormat.ACLED_CSV);
        assertThat(ExportFormat.fromId("GeoJSON").exporter(ActorDirectory.NONE)).isInstanceOf(GeoJsonExporter.class);
        assertThatThrownBy(() -> ExportFormat.fromId("xml")).hasMessageContaining("xml");
    }

    private static Map<String, String> asMap(List<String> header, List<String> row) {
        assertThat(row).hasSameSizeAs(header);
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), row.get(i));
        }
        return m;
    }

    /** A strict RFC 4180 reader, written here so the test does not trust the writer's own logic. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).isFalse();
        assertThat(field).isEmpty();
        return rows;
    }
}
