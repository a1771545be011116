package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Ordinary wording that rules-2.22's new rules first misread (a review ran the build before them and after them on it):
 * each rule now keeps to what it was written for, and these sentences read as they did before.
 */
class ReviewedWordingGuardsTest {
    private static final String PUBLISHED = "2021-05-06";

    private static List<LocalDate> days(List<Event> events) {
        return InventedConflict.startDays(events);
    }

    @Test
    void aWeekdayOwningANounOrNotTheDaysOwnIsNoLabelOfTheDayBeforeIt() {
        assertThat(days(InventedConflict.extract("On 3 May, Sunday's ceasefire between Northia and Southia collapsed when"
                + " Southian forces shelled Kesta.", PUBLISHED))).contains(LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 3));
        assertThat(days(InventedConflict.extract("The truce held until 2 May, Monday brought new shelling of Kesta that"
                + " killed a woman.", PUBLISHED))).contains(LocalDate.of(2021, 5, 3));
    }

    @Test
    void anUnnumberedCaptionsStampIsNoTodayOfTheTextUnderIt() {
        assertThat(days(InventedConflict.extractRaw("Archive photo · 12 Mar 2021 10:00 · Kesta\nSouthian forces shelled Kesta"
                + " yesterday, killing two civilians.\n", PUBLISHED))).containsExactly(LocalDate.of(2021, 5, 5));
    }

    @Test
    void aUnitsPlaceAndATitlesOfficeAreNoSoldiersHome() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Captain Ivo Dane of Lorva garrison was wounded when Southian drones"
                + " struck on 3 May.", PUBLISHED))).containsExactly("Lorva");
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Commander Ivo Dane, 40, of the Kesta battalion said his men repelled a"
                + " Southian assault on 3 May.", PUBLISHED))).containsExactly("Kesta");
        assertThat(InventedConflict.extract("The Lieutenant Governor of Highlands province said Southian shelling"
                + " damaged ten houses on 3 May.", PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(Location::admin1).containsExactly("Highlands"));
    }

    @Test
    void aDayOutsideTheWoundPhraseDoesNotDateTheDeath() {
        assertThat(days(InventedConflict.extract("A Northian soldier died on 1 May of wounds, the Northian Ministry of"
                + " Defence reported on 3 May.", PUBLISHED))).containsExactly(LocalDate.of(2021, 5, 1));
    }

    @Test
    void moreDeathsDaysAfterAWoundingAreNotTheWoundedMansDeath() {
        assertThat(InventedConflict.extract("Southian sniper fire wounded a Northian soldier near Kesta on 3 May. On 5 May,"
                + " two more people died.", PUBLISHED)).hasSize(2);
    }

    @Test
    void anAttackPlannedForWeeksAndTalksThatWentAheadAsScheduledHappened() {
        assertThat(InventedConflict.extract("Southian forces shelled Kesta on 3 May in an attack planned for weeks, the"
                + " Northian Ministry of Defence said.", PUBLISHED)).hasSize(1);
        assertThat(InventedConflict.extract("The talks scheduled for 3 May went ahead in Westholm as planned.", PUBLISHED))
                .hasSize(1);
    }

    @Test
    void aPlaceReportedOnIsNoAttributionsSeat() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("On 3 May, it was reported in Kesta that Southian drones had struck the"
                + " village overnight.", PUBLISHED))).containsExactly("Kesta");
    }

    @Test
    void aMonthNamedAsAPointOfComparisonLeavesTheDaysYearAlone() {
        assertThat(days(InventedConflict.extract("For the first time since May 2020, Southian forces shelled Kesta on 3 May,"
                + " killing two civilians.", PUBLISHED))).containsExactly(LocalDate.of(2021, 5, 3));
        assertThat(days(InventedConflict.extract("The ceasefire of May 2020 was broken on 3 May when Southian forces shelled"
                + " Kesta.", PUBLISHED))).contains(LocalDate.of(2021, 5, 3));
    }

    @Test
    void gunsOrAidBeingMovedAreNoPeopleLeavingHome() {
        assertThat(InventedConflict.extract("Southian artillery is being moved closer to Tarn, the Northian Ministry of"
                + " Defence said on 3 May.", PUBLISHED)).isEmpty();
    }

    @Test
    void aMissionsActNamingAnotherCountryIsNotPlacedInItsTheatre() {
        assertThat(InventedConflict.extract("The Westmark Monitoring Mission withdrew its observers from Southia on 3 May.",
                PUBLISHED)).allSatisfy(e -> assertThat(e.locations()).noneMatch(l -> "Northia".equals(l.country())));
    }

    @Test
    void aTollTheDayAfterAMonthsFirstDayToldIsThatDaysToll() {
        assertThat(InventedConflict.extract("The September fighting took the heaviest toll. On 13 September Southian forces"
                + " attacked Northian positions near Kesta. On 14 September, the ministry said two soldiers had been killed in"
                + " the attack.", "2022-10-01")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().best()).isEqualTo(2));
    }
}
