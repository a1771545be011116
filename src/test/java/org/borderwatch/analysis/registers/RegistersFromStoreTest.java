package org.borderwatch.analysis.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.borderwatch.analysis.agreements.AgreementEntry;
import org.borderwatch.analysis.appeals.AnswerKind;
import org.borderwatch.analysis.corridors.RouteStatus;
import org.borderwatch.analysis.corridors.StatusInterval;
import org.borderwatch.domain.DayRange;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every register derived from events stored in a real store (an H2 file here; the Postgres subclass runs the same on
 * PostgreSQL), and derived anew when the stored events change.
 */
class RegistersFromStoreTest {
    @TempDir
    Path dir;
    Store store;
    final Registers registers = new Registers(InventedConflict.config(List.of()));

    String storeLocation() {
        return dir.resolve("registers").toString();
    }

    @BeforeEach
    void open() {
        store = JdbcStore.open(storeLocation());
        InventedStore.seed(store);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private RegisterSet derive() {
        return registers.derive(StoredEvents.read(store));
    }

    @Test
    void everyRegisterIsDerivedFromTheStoredEvents() {
        RegisterSet s = derive();

        AgreementEntry truce = s.agreements().agreements().get(0);
        assertThat(truce.agreement().mediator()).isEqualTo("Westmark");
        assertThat(truce.agreement().evidence()).hasSize(2);
        assertThat(truce.violations()).extracting(v -> v.eventId()).containsExactly("n-shelling", "w-fight");
        assertThat(truce.deathsLow()).isEqualTo(2);

        List<StatusInterval> road = s.corridors().routes().get(0).intervals();
        assertThat(road).extracting(StatusInterval::status).containsExactly(RouteStatus.CLOSED, RouteStatus.OPEN);
        assertThat(road.get(0).days()).isEqualTo(DayRange.exactly(20));

        assertThat(s.territory().areaBySource()).extracting(series -> series.source() + ": " + series.claims().get(0).figure().text())
                .containsExactly("Northia Today: about 14 km²", "Wire Service: up to 9 km²");
        assertThat(s.territory().areaHighKm2()).isEqualTo(14.0);

        assertThat(s.appeals().appeals()).singleElement().satisfies(a -> {
            assertThat(a.appeal().requester()).isEqualTo("Northia");
            assertThat(a.answer().kind()).isEqualTo(AnswerKind.MISSION_SENT);
            assertThat(a.answer().delay()).isEqualTo(new DayRange(26, 55L));
        });

        // the truce is in both outlets; the rest only in one each
        assertThat(s.sources().events()).hasSize(8);
        assertThat(s.sources().oneSidedBySide()).containsEntry("Northia", 4L);
    }

    @Test
    void whoseWordIsStoredForTheFilterAndTheRegistersFollowAChangeOfEvents() {
        store.events().markSourceSides(derive().sources().sideByReportId());
        assertThat(store.events().search(EventQuery.all().withOneSided(true)).events())
                .extracting(e -> e.id()).containsExactlyInAnyOrder("n-shelling", "n-blockade", "n-area", "n-appeal");

        // re-extracting the wire report without the fighting near Cragton: one violation fewer
        store.events().replaceForDocument(InventedStore.WIRE_DOC,
                store.events().findByDocument(InventedStore.WIRE_DOC).stream().filter(e -> !e.id().equals("w-fight")).toList(),
                "test-2");
        assertThat(derive().agreements().agreements().get(0).violations()).extracting(v -> v.eventId())
                .containsExactly("n-shelling");
    }
}
