package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings of news digests, timelines in the present tense and parliament reports (rules-2.27): "that day" after a
 * weekday, leaders who "sign" or "agree to" in a timeline's entry.
 */
class DigestTimelineWordingTest {
    /** A Tuesday. */
    private static final String PUBLISHED = "2024-05-14";

    @Test
    void thatDayIsTheWeekdayTheSentenceNamedBeforeIt() {
        List<Event> events = InventedConflict.extractRaw("""
                Border news

                The Northian health ministry said on Monday that 31 people had died.

                Northia accused Southian soldiers of burning houses in Kesta on Thursday; Southia rejected the charge and
                said Northian troops had that day shelled its village of Lorva.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .isNotEmpty().allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 9)));
    }

    @Test
    void anIssuedAccountQuotedWordForWordReportsWhatHappened() {
        assertThat(InventedConflict.extract("\"Later, the Southian side opened fire on Northian positions near Kesta and"
                + " Lorva,\" the border service noted.", PUBLISHED)).isNotEmpty();
        assertThat(InventedConflict.extract("\"Later, the Southian side opened fire on Northian positions near Kesta and"
                + " Lorva,\" the bulletin says.", PUBLISHED)).isNotEmpty();
    }

    @Test
    void aPersonsQuotedWordsStayWordsWhereverTheySpoke() {
        assertThat(InventedConflict.extract("\"Later, the Southian side opened fire on our positions near Kesta,\" the"
                + " mayor said at a press statement.", PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("\"They opened fire on our houses near Kesta,\" said one shopkeeper.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void peoplePutOnBusesDrivenOrMovedOutAreEvacuatedFromWhereTheyLived() {
        assertThat(InventedConflict.extract("On Monday the district put women, children and old people from Kesta on buses"
                + " to Lorva.", PUBLISHED)).singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER);
                    assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta");
                });
        assertThat(InventedConflict.extract("On Monday night women and kids from Kesta were driven to relatives in Lorva.", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta"));
        assertThat(InventedConflict.extract("On Monday officials moved women, children and elderly residents out of Kesta.",
                PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On Monday officials moved 5,000 residents of Kesta out of harm's way.",
                PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void theSameAfternoonIsTheDayTheStoryReached() {
        // (published six weeks later: a paragraph that told no day of its own would not be dated at all)
        List<Event> events = InventedConflict.extractRaw("""
                Border news

                Shells hit Kesta on 9 May.

                In Lorva, a few kilometres away, things were worse. Residents of Lorva fled on foot the same afternoon.
                """, "2024-06-20");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 9)));
    }

    @Test
    void aTimelinesPresentTenseSignsAndAgrees() {
        assertThat(InventedConflict.extract("* 10 May 2024 \u2013 The Northian and Southian presidents sign a joint"
                + " statement in Westholm.", PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("* 10 May 2024 \u2013 Grell and Varo agree to set up a border commission.",
                PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("* 10 May 2024 \u2013 Northia consents to a civilian monitoring mission on its"
                + " side of the border.", PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
    }

    @Test
    void otherWordingsOfMeetingsHandoversArrestsAndReturns() {
        assertThat(InventedConflict.extract("On 10 May Grell and Varo came together in Westholm.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 10 May the Northian president sat down with the Southian president in"
                + " Westholm.", PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Southian units took possession of the district of Kesta on 10 May.", PUBLISHED))
                .extracting(Event::subEventType).contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("On 10 May Southian guards at the Kesta checkpoint took a Northian farmer into"
                + " detention.", PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.ARRESTS);
        assertThat(InventedConflict.extract("Six Northian soldiers were apprehended near Kesta on 10 May.", PUBLISHED))
                .extracting(Event::subEventType).contains(SubEventType.ARRESTS);
        assertThat(InventedConflict.extract("On 10 May twelve servicemen captured in March were returned to Northia.",
                PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("On 10 May the last families drove out of Kesta towards Lorva.", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta"));
    }

    @Test
    void lastTuesdayOpeningASentenceIsTheTuesdayOfTheWeekBefore() {
        assertThat(InventedConflict.extract("Last Tuesday, shells hit Kesta.", PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 7)));
    }

    @Test
    void aListedNameIsFoundWithOrWithoutItsHyphenAndApostrophe() {
        assertThat(InventedConflict.extract("On 10 May Northian guns shelled Tel Qar'a.", PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(Location::name, Location::country)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tel Qar'a", "Southia")));
        assertThat(InventedConflict.extract("On 10 May Northian guns shelled Tel Qara.", PUBLISHED))
                .flatExtracting(Event::locations).extracting(Location::country).containsExactly("Southia");
    }

    @Test
    void twoSpellingsOfOneListedPlaceAreOnePlace() {
        List<Event> events = InventedConflict.extract("On 10 May Northian guns shelled Tel-Qar'a, which Southians call"
                + " Tel Kara.", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).hasSize(1);
    }

    @Test
    void anActOnItsDayStandsBesideTheHabitToldAfterIt() {
        assertThat(InventedConflict.extract("Kesta officials say the gas supply was cut by Southia on 3 May and has been"
                + " interrupted repeatedly since.", PUBLISHED)).extracting(Event::subEventType).contains(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Kesta officials say Southia repeatedly cuts the gas supply.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void leadersWhoMeetAndAgreeInATimelineMetAndAgreed() {
        assertThat(InventedConflict.extract("* 10 May 2024 \u2013 Grell and Varo meet in Westholm and agree to set up a"
                + " border commission.", PUBLISHED)).extracting(Event::subEventType)
                .contains(SubEventType.OTHER, SubEventType.AGREEMENT);
    }

    @Test
    void ministersWhoNegotiateInATimelineHeldTalks() {
        assertThat(InventedConflict.extract("28-29 Feb 2024 \u2013 Foreign ministers negotiate in Westholm.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void thenOnAWeekdayGoesOnFromTheDayTheStoryTold() {
        // (published seven weeks later: the Friday before publication is not the one the story moves on to)
        assertThat(InventedConflict.extract("On 1 May we heard shooting over at Kesta, but here it was quiet. Then on"
                + " Friday shells landed in Lorva.", "2024-06-20"))
                .filteredOn(e -> e.subEventType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 3)));
    }
}
