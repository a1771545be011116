package org.borderwatch.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.document;
import static org.borderwatch.analysis.registers.InventedConflict.event;
import static org.borderwatch.analysis.registers.InventedConflict.input;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.util.List;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** The ground-taken register on invented events: figures as ranges, by source, never added up. */
class TerritoryTest {
    private final Registers registers = new Registers(InventedConflict.config(List.of()));

    private TerritoryRegister derive(org.borderwatch.analysis.input.ReportedEvent... events) {
        return registers.territory(input(List.of(events),
                document("d1", "Wire Service", "2023-05-02"), document("d2", "Northia Today", "2023-05-03"),
                document("d3", "Wire Service", "2023-06-01")));
    }

    @Test
    void eachFigureKeepsItsQualifierAsARange() {
        TerritoryRegister r = derive(
                event(report("a", "d1", day("2023-05-01"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES)
                        .says("Southia seized about 12 square kilometres after advancing up to 2.5 km.")
                        .measure(Measure.Kind.AREA_SEIZED, 12, Measure.Unit.KM2, "12 square kilometres")
                        .measure(Measure.Kind.DEPTH_OF_ADVANCE, 2.5, Measure.Unit.KM, "2.5 km")),
                event(report("b", "d2", day("2023-05-02"), SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                        .actors(SOUTH_FORCES, null).says("Southian troops now hold at least 40 km2 of Northia.")
                        .measure(Measure.Kind.AREA_SEIZED, 40, Measure.Unit.KM2, "40 km2")));
        List<GroundClaim> area = r.areaBySource().stream().flatMap(s -> s.claims().stream()).toList();
        assertThat(area).extracting(c -> c.figure().text()).containsExactly("about 12 km²", "at least 40 km²");
        assertThat(area.get(1).figure().low()).isEqualTo(40.0);
        assertThat(area.get(1).figure().high()).isNull();
        assertThat(r.depthClaims()).extracting(c -> c.figure().text()).containsExactly("up to 2.5 km");
        assertThat(FigureReader.read(new Measure(Measure.Kind.DEPTH_OF_ADVANCE, 9, Measure.Unit.KM, null), null).text())
                .isEqualTo("9 km");
        Measure far = new Measure(Measure.Kind.DEPTH_OF_ADVANCE, 9, Measure.Unit.KM,
                new org.borderwatch.domain.Evidence("d1", new org.borderwatch.domain.Span(0, 4), new org.borderwatch.domain.Span(0, 4), "9 km"));
        assertThat(FigureReader.read(far, "Shells landed as far as 9 km inside Northia.").text()).isEqualTo("up to 9 km");
        assertThat(r.depthClaims().get(0).figure().low()).isNull();
        // compared, not added: from the smallest figure to no upper bound at all
        assertThat(r.areaLowKm2()).isEqualTo(12.0);
        assertThat(r.areaHighKm2()).isNull();
        assertThat(r.areaSources()).isEqualTo(2);
    }

    @Test
    void figuresAreCreditedToTheClaimantQuotedElseThePublisherAndKeptApartBySource() {
        TerritoryRegister r = derive(
                event(report("a", "d1", day("2023-05-01"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES)
                        .says("Northia says 30 square kilometres were lost.").claimedBy("Government of Northia")
                        .measure(Measure.Kind.AREA_SEIZED, 30, Measure.Unit.KM2, "30 square kilometres")),
                event(report("b", "d3", day("2023-05-20"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES)
                        .says("Southia took 8 square kilometres.")
                        .measure(Measure.Kind.AREA_SEIZED, 8, Measure.Unit.KM2, "8 square kilometres")),
                event(report("c", "d2", day("2023-05-25"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES)
                        .says("The area taken has grown to 35 square kilometres.").claimedBy("Government of Northia")
                        .measure(Measure.Kind.AREA_SEIZED, 35, Measure.Unit.KM2, "35 square kilometres")));
        assertThat(r.areaBySource()).extracting(SourceSeries::source).containsExactly("Government of Northia", "Wire Service");
        SourceSeries northia = r.areaBySource().get(0);
        assertThat(northia.side()).isEqualTo("Northia");
        assertThat(northia.claims()).extracting(c -> c.figure().value()).containsExactly(30.0, 35.0);
        assertThat(r.areaBySource().get(1).side()).isNull();
        assertThat(r.areaLowKm2()).isEqualTo(8.0);
        assertThat(r.areaHighKm2()).isEqualTo(35.0);
    }

    @Test
    void territorialChangesCarryTheirDepthInWholeKilometres() {
        TerritoryRegister r = derive(
                event(report("a", "d1", day("2023-05-01"), SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says("Southian troops took up positions near Millford.")
                        .in("Millford", "Northia").depthInside("Northia", 3.62)),
                event(report("b", "d1", day("2023-05-02"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES)
                        .says("A clash.")),
                event(report("c", "d1", day("2023-05-03"), SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says("Southian troops moved into Highvale province.")
                        .inProvince("Highvale", "Northia").depthInside("Northia", 37.2)));
        assertThat(r.changes()).extracting(TerritorialChange::eventId).containsExactly("a", "c");
        assertThat(r.changes().get(0)).satisfies(c -> {
            assertThat(c.depthKm()).isEqualTo(4);
            assertThat(c.place()).isEqualTo("Millford");
            assertThat(c.takenBy()).isEqualTo(SOUTH_FORCES);
        });
        // where a province's middle lies says nothing of how far anyone went
        assertThat(r.changes().get(1).depthKm()).isNull();
    }

    @Test
    void aFigureOfOneSentenceNamingSeveralPlacesIsListedOnce() {
        String words = "Shells fell as far as 20 km inside Northia, on Millford and Cragton.";
        TerritoryRegister r = derive(
                event(report("a", "d1", day("2023-05-01"), SubEventType.SHELLING_ARTILLERY_MISSILE)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says(words).in("Millford", "Northia")
                        .measure(Measure.Kind.DEPTH_OF_ADVANCE, 20, Measure.Unit.KM, "20 km")),
                event(report("a-2", "d1", day("2023-05-01"), SubEventType.SHELLING_ARTILLERY_MISSILE)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says(words).in("Cragton", "Northia")
                        .measure(Measure.Kind.DEPTH_OF_ADVANCE, 20, Measure.Unit.KM, "20 km")),
                event(report("b", "d3", day("2023-05-01"), SubEventType.SHELLING_ARTILLERY_MISSILE)
                        .actors(SOUTH_FORCES, NORTH_FORCES).says(words)
                        .measure(Measure.Kind.DEPTH_OF_ADVANCE, 20, Measure.Unit.KM, "20 km")));
        // the same words in another document are another statement, even by the same publisher
        assertThat(r.depthClaims()).extracting(GroundClaim::eventId).containsExactly("a", "b");
        assertThat(r.depthClaims()).extracting(c -> c.figure().text()).containsOnly("up to 20 km");
    }
}
