package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A book chronology's present tense ("forces enter the town of X", "a ceasefire halts the fighting"), shelling that
 * subsided, the list of places a "where" clause hangs on, and places that are no place of the act (where someone
 * was carried off to, a capital that names the act), on an invented conflict.
 */
class ChronologyPresentAndWhereListsWordingTest {

    @Test
    void aTruceThatHaltsTheFightingIsTheTruceAlone() {
        List<Event> found = InventedConflict.extractRaw("Chronology\n\n2022\n3 Sept     A ceasefire mediated by Westholm"
                + " halts the fighting that evening.\n", "2024-09-01");
        assertThat(found).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void shellingThatStoppedAfterATruceIsTheTruceAlone() {
        List<Event> found = InventedConflict.extract("On 3 May 2023 shelling subsided after the two security chiefs agreed"
                + " a ceasefire in Westholm.", "2023-05-10");
        assertThat(found).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void forcesThatEnterTownsTakeThem() {
        List<Event> found = InventedConflict.extractRaw("Chronology\n\n2022\n26 Aug     Southian forces enter the town of"
                + " Kesta and the village of Lorva.\n", "2024-09-01");
        assertThat(found).extracting(Event::subEventType).containsOnly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.placeNames(found)).containsExactly("Kesta", "Lorva");
    }

    @Test
    void theWholeListAWhereClauseHangsOnIsWhereItsActHappened() {
        List<Event> found = InventedConflict.extract("The wounded were brought mainly from Kesta, Lorva and Amberly, where"
                + " clashes took place on Thursday.", "2023-05-06");
        assertThat(InventedConflict.placeNames(found)).containsExactly("Kesta", "Lorva", "Amberly");
    }

    @Test
    void whereSomeoneWasCarriedOffToIsNoPlaceOfTheArrest() {
        List<Event> found = InventedConflict.extract("On 29 July 2023 Southian border guards at the Lorva checkpoint"
                + " detained a 68-year-old man whom the Red Cross was taking to Northport for surgery.", "2023-07-30");
        assertThat(InventedConflict.placeNames(found)).containsExactly("Lorva");
    }

    @Test
    void aCapitalThatNamesTheActIsNoPlaceOfIt() {
        List<Event> found = InventedConflict.extract("On 3 August 2022, in what Northport called operation Revenge,"
                + " Northian forces seized the heights above Riverton.", "2022-08-10");
        assertThat(InventedConflict.placeNames(found)).doesNotContain("Northport");
    }
}
