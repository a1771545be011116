package org.borderwatch.analysis.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.parties.Regions;
import org.borderwatch.analysis.sources.WhoseWord;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;

/**
 * Derives the register of ground taken from the figures the texts give (the extractor's measures) and the events of
 * territorial change. Each figure is credited to its source and kept apart from the others': figures are compared,
 * never added.
 */
public final class Territory {
    private static final Set<SubEventType> TERRITORIAL = EnumSet.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);

    private final WhoseWord sides;
    private final Regions regions;

    public Territory(WhoseWord sides, Regions regions) {
        this.sides = sides;
        this.regions = regions;
    }

    public TerritoryRegister derive(RegisterInput input) {
        List<GroundClaim> area = new ArrayList<>();
        List<GroundClaim> depth = new ArrayList<>();
        List<TerritorialChange> changes = new ArrayList<>();
        Set<String> stated = new HashSet<>();
        for (ReportedEvent e : input.events()) {
            List<GroundClaim> figures = new ArrayList<>();
            for (Event report : e.reports()) {
                for (Measure m : report.measures()) {
                    if (m.kind() == Measure.Kind.AREA_SEIZED || m.kind() == Measure.Kind.DEPTH_OF_ADVANCE) {
                        figures.add(claim(e, report, m, input));
                    }
                }
            }
            // a sentence naming several places is several events with the same figure: one statement, listed once
            List<GroundClaim> firstStated = figures.stream().filter(c -> stated.add(statement(c))).toList();
            firstStated.stream().filter(c -> c.kind().equals("area")).forEach(area::add);
            firstStated.stream().filter(c -> c.kind().equals("depth")).forEach(depth::add);
            boolean seized = figures.stream().anyMatch(c -> c.kind().equals("area"));
            if (TERRITORIAL.contains(e.subEventType()) || seized) {
                changes.add(change(e, figures));
            }
        }
        Map<String, List<GroundClaim>> bySource = new LinkedHashMap<>();
        area.stream().sorted(Comparator.comparing((GroundClaim c) -> c.date().start()))
                .forEach(c -> bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c));
        List<SourceSeries> series = new ArrayList<>();
        bySource.forEach((source, claims) -> series.add(new SourceSeries(source, claims.get(0).side(), claims)));
        Double low = area.stream().map(c -> c.figure().low() != null ? c.figure().low() : c.figure().value())
                .min(Double::compare).orElse(null);
        boolean unbounded = area.stream().anyMatch(c -> c.figure().high() == null);
        Double high = unbounded ? null : area.stream().map(c -> c.figure().high()).max(Double::compare).orElse(null);
        depth.sort(Comparator.comparing((GroundClaim c) -> c.date().start()));
        changes.sort(Comparator.comparing((TerritorialChange c) -> c.date().start()));
        return new TerritoryRegister(series, depth, low, high, series.size(), changes);
    }

    private GroundClaim claim(ReportedEvent e, Event report, Measure m, RegisterInput input) {
        String sentence = sentenceHolding(report, m);
        String claimant = report.claims().stream()
                .filter(c -> c.stance() == Stance.ASSERTS && c.claimant() != null)
                .map(Claim::claimant).findFirst().orElse(null);
        String source = claimant != null ? claimant : input.document(report.documentId()).label();
        String side = claimant != null ? sides.sideOfClaimant(claimant).orElse(null)
                : sides.sideOfPublisher(input.document(report.documentId())).orElse(null);
        return new GroundClaim(e.id(), report.date(), m.kind() == Measure.Kind.AREA_SEIZED ? "area" : "depth",
                FigureReader.read(m, sentence), source, side, report.actor1(),
                m.evidence() != null ? m.evidence() : report.evidence().isEmpty() ? null : report.evidence().get(0));
    }

    /** What makes two figures one statement: the same words at the same place of the same document, by one source. */
    private static String statement(GroundClaim c) {
        Evidence ev = c.evidence();
        String where = ev == null ? c.eventId() : ev.documentId() + "@" + ev.clean();
        return c.kind() + "\u0000" + c.source() + "\u0000" + c.figure().text() + "\u0000" + where;
    }

    /** The report's evidence sentence that holds the measure's words (the qualifier stands before them). */
    private static String sentenceHolding(Event report, Measure m) {
        String words = m.evidence() == null ? null : m.evidence().text();
        for (Evidence ev : report.evidence()) {
            if (ev.text() != null && words != null && ev.text().contains(words)) {
                return ev.text();
            }
        }
        return report.notes();
    }

    /**
     * Whether the report puts the event at a named place, not only in a province or a country: the depth of a
     * province's or a country's middle inside the border says nothing of how far anyone went.
     */
    private static boolean placedAtAPlace(Event report) {
        Location where = report.primaryLocation();
        return where != null && where.name() != null && where.precision() != GeoPrecision.REGION;
    }

    private TerritorialChange change(ReportedEvent e, List<GroundClaim> figures) {
        Event r = e.representative();
        Double depth = null;
        for (Event report : e.reports()) {
            if (placedAtAPlace(report) && report.border() != null && report.border().depthInsideOtherSideKm() != null) {
                depth = report.border().depthInsideOtherSideKm();
                break;
            }
        }
        List<String> places = e.placeNames();
        return new TerritorialChange(e.id(), e.date(), r.subEventType().label(), r.actor1(), r.actor2(),
                places.isEmpty() ? null : String.join("; ", places), e.recognisedCountry(), regions.regionOf(e),
                depth == null ? null : Math.round(depth), figures);
    }
}
