package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A commission's communique recalling its earlier rounds, and an imagery firm's release on new positions. */
class CommuniqueAndImageryWordingTest {

    @Test
    void aSecondRoundJoinedByAndWithADayOfItsOwnIsASecondMeeting() {
        assertThat(InventedConflict.extract("The two commissions held their first meeting on 24 May 2022, on the border, and"
                + " met for the second time in Westholm on 30 August 2022.", "2024-04-19"))
                .extracting(e -> e.date().start()).contains(LocalDate.of(2022, 5, 24), LocalDate.of(2022, 8, 30));
    }

    @Test
    void fightingPositionsAreAKindOfPositionNotAFight() {
        assertThat(InventedConflict.extract("At least seven new fighting positions appear on ridges east of Kesta in imagery"
                + " collected on 16 September 2022.", "2022-09-22")).extracting(Event::eventType)
                .doesNotContain(EventType.BATTLES);
    }

    @Test
    void aProtocolsTermsThatShallBeCarriedOutAreNotYetActs() {
        assertThat(InventedConflict.extract("On 30 April 2023 the sides agreed on the following:\n\n- the forces brought to the"
                + " border near Kesta shall be withdrawn to their bases;\n\n- joint groups shall be formed to oversee the"
                + " withdrawal.", "2023-05-01")).extracting(Event::subEventType)
                .doesNotContain(org.borderwatch.domain.SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void aBracketedPhotoCaptionIsNoEvent() {
        assertThat(InventedConflict.extract("WESTHOLM, 1 May 2023\n\n[Photo: The heads of the two delegations before the talks. Photo: press office]",
                "2023-05-02")).isEmpty();
    }

    @Test
    void aDayToldOfAnActNamedByItsYearIsInThatYear() {
        assertThat(InventedConflict.extract("On 11 January 2014 Northian and Southian guards exchanged fire near Kesta.\n\n"
                + "The escalation of 2021 began at the Lorva water intake on 28 April, when villagers threw stones at each"
                + " other.", "2023-11-06")).anySatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 28)));
    }

    @Test
    void amendmentsAPresidentSignsAreNoAccord() {
        assertThat(InventedConflict.extract("On 17 September 2022 the Westmark president signed the constitutional amendments.",
                "2022-09-18")).extracting(Event::subEventType).doesNotContain(org.borderwatch.domain.SubEventType.AGREEMENT);
    }

    @Test
    void aJointStatementTwoGovernmentsAgreedIsAnAccord() {
        assertThat(InventedConflict.extract("The ministry welcomes the joint statement agreed by Northia and Southia on"
                + " 7 December 2023, in which Southia undertook to release 32 Northian servicemen.", "2023-12-18"))
                .extracting(Event::subEventType).contains(org.borderwatch.domain.SubEventType.AGREEMENT);
    }
}
