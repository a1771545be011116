package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings two read-only reviews of rules-2.25 found made worse, narrowed so they stay right: each failed against the
 * reviewed build (a1c5873 for the first review, 6ec7e25 for the second).
 */
class ReviewedWordingGuards225Test {
    private static final String PUBLISHED = "2024-05-14";

    @Test
    void namesPutToAPetitionSignNoAccord() {
        assertThat(InventedConflict.extract("More than 300 Kesta residents put their names to a petition demanding a new"
                + " school on Monday.", PUBLISHED)).extracting(Event::subEventType).doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void aSignaturePutToALetterOfProtestIsNoAccord() {
        assertThat(InventedConflict.extract("The Northian ministry on Monday put its signature to a letter of protest to the"
                + " Westmark envoy.", PUBLISHED)).extracting(Event::subEventType).doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void fieldsBurnedByTheSunOrByWildfiresAreNoDestruction() {
        assertThat(InventedConflict.extract("Fields near Kesta are burned by the summer sun each year, farmers said on Monday.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("The hills around Tarn are burned by wildfires every summer, the forestry office"
                + " said on Monday.", PUBLISHED)).isEmpty();
    }

    @Test
    void sappersControlledExplosionsOfMinesAreNoAttack() {
        assertThat(InventedConflict.extract("Northian sappers carried out controlled explosions of mines collected near"
                + " Fenwick on Monday.", PUBLISHED)).isEmpty();
    }

    @Test
    void quarryBlastsOfExplosivesAreNoLandmines() {
        assertThat(InventedConflict.extract("The blasts of explosives at a quarry near Pellin shook windows on Monday, the"
                + " council said.", PUBLISHED)).isEmpty();
    }

    @Test
    void beingOpenToNegotiationsIsAStanceNotTalks() {
        assertThat(InventedConflict.extract("Southia said on Monday that it was open to negotiations with Northia.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void aTollCellThatNamesItsOwnPlaceStaysThere() {
        List<Event> events = InventedConflict.extract(
                "13 May 2024 | Lorva | Southian drones struck Lorva, and fighting broke out near Tarn | 2 soldiers killed near Tarn",
                PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AIR_DRONE_STRIKE)
                .allMatch(e -> e.fatalities().best() == null);
    }

    @Test
    void aTollCellOfTheRowsOnlyFightKeepsItsCount() {
        List<Event> events = InventedConflict.extract("13 May 2024 | Kesta | Northian troops captured two Southian soldiers,"
                + " and Southian shelling hit Kesta | 1 dead", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.fatalities().best()).containsExactly(1);
    }

    @Test
    void aDayAMinistryPublishedSomethingOnIsADayOfTheStory() {
        List<Event> events = InventedConflict.extractRaw("""
                Ministry names the dead

                The Northian defence ministry published on 3 May a list of 14 soldiers killed in fighting near Tarn.
                The next day, Southian troops shelled Fenwick, wounding two civilians.
                """, "2024-05-10");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.date().start()).containsExactly(java.time.LocalDate.of(2024, 5, 4));
    }

    @Test
    void aDayCiviliansWereReleasedOnSetsTheStorysYear() {
        List<Event> events = InventedConflict.extractRaw("""
                Last detainees freed

                Southian forces released on 20 October 2022 the last Northian civilians detained in Riverton.
                On 22 October, Southian artillery shelled Pellin, killing three people.
                """, "2024-01-15");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.date().start()).containsExactly(java.time.LocalDate.of(2022, 10, 22));
    }

    @Test
    void yearsAgoThenACommaAndTodayIsStillToday() {
        assertThat(InventedConflict.extract("Southian troops withdrew from Kesta three years ago, today they returned and"
                + " shelled the town, killing one.", "2024-06-03")).extracting(e -> e.date().start())
                .contains(java.time.LocalDate.of(2024, 6, 3));
        assertThat(InventedConflict.extract("Two years ago, today's ceasefire between Northia and Southia, signed in"
                + " Westholm, would have seemed unthinkable.", "2024-08-22")).extracting(e -> e.date().start().getYear())
                .doesNotContain(2022);
    }

    @Test
    void aChronologysDayAndSentenceIsNoNotebooksDayLine() {
        List<Event> events = InventedConflict.extractRaw("""
                Timeline of the week

                6 May, Southian troops shell Kesta.

                7 May, Northian drones hit Tarn.

                Today the two sides met in Westholm for talks, the first since the shelling.
                """, "2024-05-10");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                .extracting(e -> e.date().start()).containsExactly(java.time.LocalDate.of(2024, 5, 10));
    }

    @Test
    void aLoneClockOpeningAStorysNextSentenceKeepsItInTheStory() {
        List<Event> events = InventedConflict.extractRaw("""
                Highlands

                On 2 May Southian troops shelled Kesta.
                21:00 Reports came in of drones over Lorva as well, and a guard was killed there.
                """, "2024-05-10");
        assertThat(InventedConflict.placeNames(events)).contains("Lorva");
    }
}
