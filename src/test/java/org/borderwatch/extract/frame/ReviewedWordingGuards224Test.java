package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review of the rules-2.24 changes found made worse (supply cuts, posts put up, forces moving
 * against others, fuel stores, weekdays with a day in figures), on an invented conflict; each guard failed against the
 * reviewed build.
 */
class ReviewedWordingGuards224Test {
    private static final String TUESDAY = "2024-05-14";

    private static List<SubEventType> types(String text, String published) {
        return InventedConflict.extract(text, published).stream().map(Event::subEventType).toList();
    }

    @Test
    void aMissionWithoutPowerToActCutsNoSupply() {
        assertThat(types("The Westmark Monitoring Mission is without power to enforce the truce, Northian officials said on"
                + " Monday.", TUESDAY)).isEmpty();
    }

    @Test
    void gasMasksAreNoGasSupply() {
        assertThat(types("Soldiers at the Kesta post had no gas masks when Southian forces attacked on Monday.", TUESDAY))
                .doesNotContain(SubEventType.OTHER);
    }

    @Test
    void aSupplyNotInterruptedIsNoCut() {
        assertThat(types("Despite heavy shelling of Lorva on Monday, the gas supply was not interrupted.", TUESDAY))
                .doesNotContain(SubEventType.OTHER);
    }

    @Test
    void aRoadCutIsNoSupplyCut() {
        assertThat(types("Southian troops shelled Kesta on Monday and cut the road to Lorva, damaging the gas pipeline.", TUESDAY))
                .doesNotContain(SubEventType.OTHER);
    }

    @Test
    void villagesWithoutElectricityAfterShellingKeepTheShelling() {
        assertThat(InventedConflict.extract("Villages near Lorva are without electricity after Southian shelling on Monday.",
                TUESDAY)).extracting(Event::eventType).contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void aWintersShortageAndAStateSinceMarchAreNoCutOfTheDay() {
        assertThat(types("Farmers in Amberly have no gas for heating this winter, local officials said.", TUESDAY)).isEmpty();
        assertThat(types("Southian shelling on Monday cut the road to Kesta, where residents have been without water since"
                + " March.", TUESDAY)).doesNotContain(SubEventType.OTHER);
    }

    @Test
    void putWithoutUpBeforeAPostSetsNoPostUp() {
        assertThat(types("Northian officials put the closure of the Riverton checkpoint down to bad weather.", TUESDAY))
                .doesNotContain(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        assertThat(types("Southian troops put up fierce resistance near the Kesta checkpoint on Monday.", TUESDAY))
                .doesNotContain(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    }

    @Test
    void policeMovingAgainstProtestersIsNoBattle() {
        assertThat(InventedConflict.extract("Northian riot police moved against the demonstrators outside the Southian embassy"
                + " in Northport on Saturday.", TUESDAY)).extracting(Event::eventType).doesNotContain(EventType.BATTLES);
    }

    @Test
    void aStrikeOnAFuelStoreIsNoAccident() {
        assertThat(InventedConflict.extract("Southian drones struck a petrol station in Pellin on Monday, killing two workers.",
                TUESDAY)).isNotEmpty();
        assertThat(InventedConflict.extract("Two Northian soldiers were killed on Monday when Southian shells hit a fuel"
                + " warehouse in Kesta.", TUESDAY)).isNotEmpty();
    }

    @Test
    void aWeekdayBeforeAUnitNumberedInFiguresIsThatWeekday() {
        String sunday = "2024-08-18";
        assertThat(InventedConflict.extract("On Friday the 3rd Motorised Brigade shelled Kesta, Northian officials said.", sunday))
                .allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 8, 16))).isNotEmpty();
        assertThat(InventedConflict.extract("On Friday the 5th and 7th companies clashed near Tarn.", sunday))
                .allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 8, 16))).isNotEmpty();
    }
}
