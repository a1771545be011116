package org.borderwatch.analysis.registers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.analysis.corridors.Route;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.input.SourceDocument;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.parties.Regions;
import org.borderwatch.analysis.parties.SideList;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.Span;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;

/**
 * An invented conflict for the register tests: Northia and Southia fight over their border and over Highvale, a
 * region inside Southia that Northia holds; Westmark mediates; the Eastern Pact is Southia's alliance. The Pass Road
 * crosses the border through Millford and Stonebridge. Nothing here is taken from a real report.
 */
public final class InventedConflict {
    public static final String NORTH_FORCES = "Military Forces of Northia";
    public static final String SOUTH_FORCES = "Military Forces of Southia";
    public static final String NORTH_GOV = "Government of Northia";
    public static final String SOUTH_GOV = "Government of Southia";
    public static final String HIGHVALE_GUARD = "Highvale Guard";
    public static final String PACT = "Eastern Pact";
    public static final String WESTMARK_GOV = "Government of Westmark";
    public static final Route PASS_ROAD = new Route("pass-road", "Pass Road", List.of("Pass Road", "Pass highway"),
            List.of("Millford", "Stonebridge"));

    private InventedConflict() {
    }

    public static Parties parties() {
        return new Parties(List.of("Northia", "Southia"), List.of("Northia", "Southia", "Westmark"), List.of(
                new Parties.Actor(NORTH_FORCES, "Northia", null),
                new Parties.Actor(SOUTH_FORCES, "Southia", null),
                new Parties.Actor(NORTH_GOV, "Northia", null),
                new Parties.Actor(SOUTH_GOV, "Southia", null),
                new Parties.Actor(HIGHVALE_GUARD, "Southia", "Northia"),
                new Parties.Actor(PACT, null, null),
                new Parties.Actor(WESTMARK_GOV, "Westmark", null)));
    }

    public static ActorLexicon lexicon() {
        return new ActorLexicon(Map.of(
                "Northia", List.of("Northia", "Northian", NORTH_GOV, NORTH_FORCES, "President Oranen"),
                "Southia", List.of("Southia", "Southian", SOUTH_GOV, SOUTH_FORCES),
                "Westmark", List.of("Westmark", "Westmarkian", WESTMARK_GOV),
                PACT, List.of(PACT, "the Pact", "EPO")));
    }

    public static Regions regions() {
        return new Regions(Map.of("Highvale", "Highvale", "Upper Highvale", "Highvale", "Cragton", "Highvale"));
    }

    public static RegisterConfig config(List<Agreement> named) {
        return new RegisterConfig("Northia–Southia dispute", DocumentScope.ALL, parties(), lexicon(), regions(),
                List.of(PASS_ROAD), named,
                new SideList(List.of(
                        new SideList.Entry("Northia", "state media", List.of("Northia Today", "news.nt")),
                        new SideList.Entry("Southia", "official", List.of("Southian Ministry of Defence")),
                        new SideList.Entry("neutral", "international", List.of("Wire Service")))),
                new SideList(List.of(new SideList.Entry("Northia", "de facto authorities", List.of("Highvale council")))));
    }

    public static DateSpan day(String iso) {
        return DateSpan.day(LocalDate.parse(iso));
    }

    public static DateSpan month(String yearMonth) {
        return DateSpan.of(LocalDate.parse(yearMonth + "-01"), DatePrecision.MONTH);
    }

    public static DateSpan year(int year) {
        return DateSpan.of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** A report of an invented event, built up field by field. */
    public static final class Report {
        private final String id;
        private final String doc;
        private final DateSpan date;
        private final SubEventType type;
        private String actor1;
        private String actor2;
        private String text = "";
        private int offset;
        private final List<Location> places = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private Fatalities deaths = Fatalities.UNKNOWN;
        private BorderPosition border;

        private Report(String id, String doc, DateSpan date, SubEventType type) {
            this.id = id;
            this.doc = doc;
            this.date = date;
            this.type = type;
        }

        public Report actors(String a1, String a2) {
            actor1 = a1;
            actor2 = a2;
            return this;
        }

        /** The report's evidence sentence, starting {@code at} characters into its document. */
        public Report says(String words) {
            text = words;
            return this;
        }

        public Report at(int offsetInDocument) {
            offset = offsetInDocument;
            return this;
        }

        public Report in(String place, String country) {
            places.add(new Location(place, country, null, null, null, null, null));
            return this;
        }

        /** Placed only in a province (ACLED's precision 3), as a report naming no place is. */
        public Report inProvince(String province, String country) {
            places.add(new Location(null, country, province, null, null, GeoPrecision.REGION, null));
            return this;
        }

        public Report claimedBy(String claimant) {
            claims.add(new Claim(claimant, Stance.ASSERTS, null));
            return this;
        }

        public Report deniedBy(String claimant) {
            claims.add(new Claim(claimant, Stance.DENIES, null));
            return this;
        }

        public Report deaths(int low, int high) {
            deaths = new Fatalities(low, low, high, Map.of());
            return this;
        }

        public Report depthInside(String country, double km) {
            border = new BorderPosition(country, 0.0, km, null);
            return this;
        }

        /** A measure whose words ({@code words}) stand in the report's sentence. */
        public Report measure(Measure.Kind kind, double value, Measure.Unit unit, String words) {
            int at = Math.max(0, text.indexOf(words));
            measures.add(new Measure(kind, value, unit, new Evidence(doc, new Span(offset + at, offset + at + words.length()),
                    new Span(offset + at, offset + at + words.length()), words)));
            return this;
        }

        public Event build() {
            Evidence ev = new Evidence(doc, new Span(offset, offset + text.length()), new Span(offset, offset + text.length()), text);
            return new Event(id, doc, date, type, actor1, List.of(), actor2, List.of(), places, deaths, null, measures,
                    text, List.of(ev), claims, border);
        }
    }

    public static Report report(String id, String doc, DateSpan date, SubEventType type) {
        return new Report(id, doc, date, type);
    }

    /** One real event reported by these reports (merged across documents). */
    public static ReportedEvent event(Report... reports) {
        List<Event> built = new ArrayList<>();
        for (Report r : reports) {
            built.add(r.build());
        }
        return new ReportedEvent(new MergedEvent("m-" + built.get(0).id(), built, List.of()));
    }

    public static RegisterInput input(List<ReportedEvent> events, SourceDocument... documents) {
        Map<String, SourceDocument> byId = new java.util.HashMap<>();
        for (SourceDocument d : documents) {
            byId.put(d.id(), d);
        }
        return new RegisterInput(events, byId);
    }

    public static SourceDocument document(String id, String publisher, String published) {
        return new SourceDocument(id, "Report " + id, publisher, null, published == null ? null : day(published));
    }

    /** Writes the invented conflict as a conflict folder, for the command and API tests. */
    public static Path writeFolder(Path dir) throws IOException {
        Files.writeString(dir.resolve("conflict.yaml"), """
                name: Northia–Southia dispute
                countries:
                  - {name: Northia, adjectives: [Northian]}
                  - {name: Southia, adjectives: [Southian]}
                  - {name: Westmark, adjectives: [Westmarkian]}
                sides: [Northia, Southia]
                regions:
                  - {name: Highvale, aliases: [Upper Highvale], country: Southia, heldBy: Northia, localForces: Highvale Guard}
                places:
                  - {name: Cragton, cls: LOCALITY, country: Southia, region: Highvale}
                  - {name: Millford, cls: LOCALITY, country: Northia}
                """);
        Files.writeString(dir.resolve("actors.yaml"), """
                actors:
                  - {name: Military Forces of Northia, kind: STATE_FORCES, country: Northia, role: military}
                  - {name: Military Forces of Southia, kind: STATE_FORCES, country: Southia, role: military}
                  - {name: Government of Northia, kind: STATE_FORCES, country: Northia, role: government, people: [President Oranen]}
                  - {name: Government of Southia, kind: STATE_FORCES, country: Southia, role: government}
                  - {name: Government of Westmark, kind: EXTERNAL_OTHER, country: Westmark, role: government}
                  - {name: Highvale Guard, kind: REBEL_GROUP, country: Southia}
                  - {name: Eastern Pact, kind: EXTERNAL_OTHER, aliases: [EPO, the Pact]}
                """);
        Files.writeString(dir.resolve("features.yaml"), """
                features:
                  - id: pass-road
                    featureClass: ROAD
                    names: [Pass Road, Pass highway]
                    country: Northia
                    line: [[40.0, 45.0], [40.1, 45.2]]
                    source: invented
                    route:
                      places: [Millford, Stonebridge]
                """);
        Files.writeString(dir.resolve("agreements.yaml"), """
                agreements:
                  - name: Stonebridge Accord
                    kind: ceasefire
                    date: 2023-02-01
                    parties: [Northia, Southia]
                    mediator: Westmark
                    area: everywhere
                """);
        Files.writeString(dir.resolve("sources.yaml"), """
                publishers:
                  - {side: Northia, kind: state media, match: [Northia Today]}
                  - {side: neutral, kind: international, match: [Wire Service]}
                claimants:
                  - {side: Northia, kind: de facto authorities, match: [Highvale council]}
                """);
        return dir;
    }
}
