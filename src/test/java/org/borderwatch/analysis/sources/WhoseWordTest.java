package org.borderwatch.analysis.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.analysis.registers.InventedConflict.NORTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.SOUTH_FORCES;
import static org.borderwatch.analysis.registers.InventedConflict.day;
import static org.borderwatch.analysis.registers.InventedConflict.document;
import static org.borderwatch.analysis.registers.InventedConflict.event;
import static org.borderwatch.analysis.registers.InventedConflict.input;
import static org.borderwatch.analysis.registers.InventedConflict.report;

import java.util.List;
import java.util.Map;
import org.borderwatch.analysis.input.SourceDocument;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

/** Whose word an event rests on, on invented reports from invented publishers. */
class WhoseWordTest {
    private static final SourceDocument NORTH_MEDIA = document("nm", "Northia Today", "2023-05-02");
    private static final SourceDocument NORTH_MEDIA_2 = document("nm2", "Northia Today (evening edition)", "2023-05-02");
    private static final SourceDocument WIRE = document("wire", "Wire Service", "2023-05-02");
    private static final SourceDocument BLOG = document("blog", "A personal blog", "2023-05-02");

    private final Registers registers = new Registers(InventedConflict.config(List.of()));

    private static InventedConflict.Report clash(String id, String doc) {
        return report(id, doc, day("2023-05-01"), SubEventType.ARMED_CLASH).actors(SOUTH_FORCES, NORTH_FORCES).says("A clash.");
    }

    private SourceRegister derive(org.borderwatch.analysis.input.ReportedEvent... events) {
        return registers.sources(input(List.of(events), NORTH_MEDIA, NORTH_MEDIA_2, WIRE, BLOG));
    }

    @Test
    void anEventEveryReportOfWhichComesFromOneSidesMediaIsOneSided() {
        SourceRegister r = derive(event(clash("a", "nm"), clash("a2", "nm2")), event(clash("b", "nm"), clash("b2", "wire")));
        assertThat(r.events().get(0).oneSide()).isEqualTo("Northia");
        // a neutral publisher's own report rests on no one side
        assertThat(r.events().get(1).oneSided()).isFalse();
        assertThat(r.oneSided()).isEqualTo(1);
        assertThat(r.oneSidedBySide()).isEqualTo(Map.of("Northia", 1L));
        assertThat(r.sideByReportId()).isEqualTo(Map.of("a", "Northia", "a2", "Northia"));
    }

    @Test
    void theClaimantAReportQuotesDecidesWhoseWordItIs() {
        SourceRegister r = derive(
                // a neutral publisher quoting one side's ministry rests on that side's word
                event(clash("a", "wire").claimedBy("Southian Ministry of Defence")),
                // a Northian outlet quoting Southia: Southia's word
                event(clash("b", "nm").claimedBy("Government of Southia")),
                // both sides assert it: no one side
                event(clash("c", "wire").claimedBy("Government of Southia").claimedBy("Government of Northia")),
                // a third party confirms it: no one side
                event(clash("d", "nm").claimedBy("Government of Northia").claimedBy("Government of Westmark")),
                // the de facto authorities of a region Northia holds speak for Northia, whatever their country
                event(clash("e", "wire").claimedBy("Highvale council press office")),
                // an unnamed source adds nothing: the publisher decides
                event(clash("f", "nm").claimedBy("unspecified reports")));
        assertThat(r.events()).extracting(EventSources::oneSide)
                .containsExactly("Southia", "Southia", null, null, "Northia", "Northia");
        // a denial does not make an event rest on the denier's word
        SourceRegister denied = derive(event(clash("g", "nm").deniedBy("Government of Southia")));
        assertThat(denied.events().get(0).oneSide()).isEqualTo("Northia");
    }

    @Test
    void aPublisherTheListDoesNotKnowSpeaksForASideWhenItsNameSaysItIsThatSidesOfficialVoice() {
        SourceDocument relay = document("relay", "Southian news agency relaying a Border Service statement", "2023-05-02");
        SourceDocument agency = document("agency", "Southian news agency", "2023-05-02");
        SourceDocument both = document("both", "Northian and Southian ministry digest", "2023-05-02");
        SourceRegister r = registers.sources(input(List.of(event(clash("a", "relay")), event(clash("b", "agency")),
                event(clash("c", "both"))), relay, agency, both));
        assertThat(r.events()).extracting(EventSources::oneSide).containsExactly("Southia", null, null);
        assertThat(r.events().get(0).reports().get(0).publisherKind()).isEqualTo("official (by its name)");
    }

    @Test
    void sourcesOfUnknownSideAreCountedApart() {
        SourceRegister r = derive(event(clash("a", "blog")), event(clash("b", "wire")), event(clash("c", "nm")));
        assertThat(List.of(r.oneSided(), r.severalOrNeutral(), r.unknown())).containsExactly(1L, 1L, 1L);
        assertThat(r.events().get(0).reports().get(0).basis()).isEqualTo("none");
    }
}
