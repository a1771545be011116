package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Meetings, handovers of captives and supply cuts in the plainer words of posts, explainers and letters. */
class MeetingsHandoversAndCutsWordingTest {

    @Test
    void captivesHandedBackAfterALongObjectAreAHandover() {
        assertThat(InventedConflict.extract("On Wednesday, Southia handed 17 Northian servicemen held in its custody back to"
                + " Northia.", "2023-05-05")).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT));
    }

    @Test
    void ourPresidentsMeetingIsAMeetingNotTheAuthorsVisit() {
        assertThat(InventedConflict.extract("Our President met the Southian president in Lorva today, at the summit.",
                "2023-05-05")).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER));
        assertThat(InventedConflict.extract("Our team visited Lorva today.", "2023-05-05")).isEmpty();
    }

    @Test
    void leadersGettingTogetherOrReceivedByAHostMeet() {
        assertThat(InventedConflict.extract("On Monday, three presidents got together in the city of Kesta.", "2023-05-05"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 1)));
        assertThat(InventedConflict.extract("The Southian president received the Northian leader in Lorva on 11 January"
                + " 2021.", "2023-05-05")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 1, 11)));
    }

    @Test
    void aSideCuttingOurGasIsACut() {
        assertThat(InventedConflict.extract("Southia cut our gas on 13 December.", "2023-05-05")).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER));
    }

    @Test
    void aRoadClosedIsAClosureButALivePageClosedIsNot() {
        assertThat(InventedConflict.extract("On 3 May 2023 the authorities closed the section of the Kesta road near Lorva to"
                + " traffic.", "2023-05-05")).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER));
        assertThat(InventedConflict.extract("On 3 May 2023 we are closing the live page for tonight.", "2023-05-05")).isEmpty();
    }

    @Test
    void aDistrictHandedOverInAChronologyIsGroundChangingHands() {
        assertThat(InventedConflict.extract("Nov 20, 2020 - Vell district handed over to Southia.", "2021-01-12"))
                .singleElement().satisfies(e -> assertThat(e.subEventType())
                        .isEqualTo(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY));
        assertThat(InventedConflict.extract("Nov 20, 2020 - Residents of Vell district returned to their homes.", "2021-01-12"))
                .noneMatch(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void aFightThatAMeetingTakesUpIsItsSubjectNotAFightAtTheMeeting() {
        assertThat(InventedConflict.extract("In Westholm, the council held an emergency meeting on the offensive on 21 May.",
                "2023-05-25")).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER));
        assertThat(InventedConflict.extract("The council met in Westholm on 21 May, at the request of Northia, to consider"
                + " the heaviest fighting in years.", "2023-05-25")).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER));
    }

    @Test
    void aFightOnTheDayOfAMeetingIsStillReported() {
        assertThat(InventedConflict.extract("The leaders met in Westholm on 21 May; on the same day Southian troops attacked"
                + " Northian posts near Kesta.", "2023-05-25")).extracting(e -> e.subEventType())
                .contains(SubEventType.ARMED_CLASH);
    }
}
