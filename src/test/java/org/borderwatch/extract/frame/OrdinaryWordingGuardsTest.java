package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Ordinary wording that rules-2.21's new rules first misread (a review ran both builds on it): each rule now keeps to
 * the wording it was written for. On an invented conflict.
 */
class OrdinaryWordingGuardsTest {
    private static final String PUBLISHED = "2023-06-01";

    @Test
    void aFightThatStopsSomethingElseIsStillAFight() {
        assertThat(InventedConflict.extract("On 13 May 2023, fighting halted the evacuation of civilians from Lorva.",
                PUBLISHED)).isNotEmpty();
    }

    @Test
    void neitherNorBeforeAReportingVerbDeniesOnlyTheReport() {
        assertThat(InventedConflict.extract("Neither Northia nor Southia reported casualties in the shelling of Tarn on"
                + " 12 May 2023.", PUBLISHED)).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aTruceThatNeverHeldWasStillAgreed() {
        assertThat(InventedConflict.extract("A truce took effect at noon on 12 May 2023 but never held, as shelling near"
                + " Kesta resumed by evening.", PUBLISHED)).isNotEmpty();
    }

    @Test
    void clashesSomeoneMonitorsAreReported() {
        assertThat(InventedConflict.extract("On 12 May 2023, Westmark drones monitoring the shelling of Tarn recorded"
                + " 40 impacts.", PUBLISHED)).isNotEmpty();
    }

    @Test
    void anOperationEndedOrNamedInABodyIsNoFight() {
        assertThat(InventedConflict.extract("On 12 May 2023, Southia declared an end to its anti-terrorist operation in"
                + " Greyvale.", PUBLISHED)).isEmpty();
    }

    @Test
    void aHospitalHitIsWhereItStands() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Mortar shells landed in the Tarn regional hospital courtyard on"
                + " 12 May 2023, wounding two nurses.", PUBLISHED))).containsExactly("Tarn");
    }

    @Test
    void aBodyReportingOnItsOwnTownKeepsTheTown() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Kesta city officials say Southian shelling on 12 May 2023 killed two"
                + " residents and forced dozens to flee to Amberly.", PUBLISHED))).contains("Kesta");
    }

    @Test
    void aCiviliansHomeIsWhereTheShellFell() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("A shell killed Mira Hale, 67, of Lorva, as she worked in her garden"
                + " on 12 May 2023.", PUBLISHED))).containsExactly("Lorva");
    }

    @Test
    void anotherDeathOnALaterDayIsItsOwnDay() {
        assertThat(InventedConflict.extract("One Northian soldier was killed near Lorva on 10 May 2023 and another died"
                + " in shelling near Kesta on 14 May.", PUBLISHED)).extracting(e -> e.date().start())
                .contains(LocalDate.of(2023, 5, 14));
    }

    @Test
    void aSentenceEndsAfterPmWhenANewOneBegins() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta on 12 May 2023 at about 9 p.m. Northian forces"
                + " returned fire on 13 May near Tarn.", PUBLISHED)).extracting(e -> e.date().start())
                .contains(LocalDate.of(2023, 5, 13));
    }

    @Test
    void aMonthTheStoryMeasuresSinceDatesNoBareDay() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta on 28 May 2023, the worst attack since"
                + " September 2022.\n\nOn the 30th, Northian forces returned fire near Tarn.", PUBLISHED))
                .extracting(e -> e.date().start()).doesNotContain(LocalDate.of(2022, 9, 30));
    }

    @Test
    void liveFireOutsideADrillIsShooting() {
        assertThat(InventedConflict.extract("Southian troops used live fire on Northian border guards near Kesta on"
                + " 12 May 2023.", PUBLISHED)).isNotEmpty();
    }
}
