package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Accords told as the end of fighting, on an invented conflict. */
class AccordsThatEndFightingWordingTest {

    @Test
    void aCessationOfHostilitiesAgreedIsAnAccord() {
        List<Event> events = InventedConflict.extract("On 20 May, a cessation of hostilities was agreed with the"
                + " mediation of the Westland contingent.", "2023-06-01");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT));
    }

    @Test
    void fightingThatLastedUntilATruceWasAgreedIsAFightAndAnAccord() {
        List<Event> events = InventedConflict.extract("Shortly after midnight on 13 May Southian artillery struck Kesta"
                + " and Pellin; the fighting lasted until a truce was agreed on the evening of 14 May.", "2023-06-01");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 14));
        });
        assertThat(events).anySatisfy(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE));
    }

    @Test
    void anAccordThatOpensTheClauseAfterAnAppealIsAnActOfItsOwn() {
        List<Event> events = InventedConflict.extract("On 20 May the Northian council appealed to the Westland alliance,"
                + " and an armistice drafted by Westland's envoy began at dusk.", "2023-06-01");
        assertThat(events).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.OTHER, SubEventType.AGREEMENT);
    }

    @Test
    void aTruceToldAsFailingAfterTheFightIsNoAccord() {
        for (String sentence : List.of("On 3 May Southian guns shelled Lorva, and the truce collapsed.",
                "On 3 May Southian guns shelled Lorva, and the ceasefire soon broke down.")) {
            assertThat(InventedConflict.extract(sentence, "2023-06-01")).as(sentence).extracting(Event::subEventType)
                    .doesNotContain(SubEventType.AGREEMENT);
        }
    }

    @Test
    void anAccordThatLeadersMetAndThenAgreedKeepsTheirMeetingsPlace() {
        List<Event> events = InventedConflict.extract("On 20 May the two presidents met in Westholm, and agreed to"
                + " reopen the Kesta crossing.", "2023-06-01");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(l -> l.name()).containsExactly("Westholm"));
    }

    @Test
    void aTruceAndTheShootingThatBrokeItAreTwoActs() {
        List<Event> events = InventedConflict.extract("On 20 May the Westmark ministry said a ceasefire had been agreed"
                + " from 9 a.m. Westholm time, but Northian officials said the shooting resumed near Kesta within hours.",
                "2023-06-01");
        assertThat(events).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.AGREEMENT, SubEventType.ARMED_CLASH);
    }

    @Test
    void anAccordSignedOnADayBeforeItHeldIsAnActThoughItsHoldingIsAState() {
        assertThat(InventedConflict.extract("On 16 May 2023 the presidents met in Westholm. A ceasefire signed by the two"
                + " ministers the same day largely held from 17 May onward.", "2023-06-01"))
                .anySatisfy(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT);
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 16));
                });
        assertThat(InventedConflict.extract("A ceasefire agreed yesterday evening by the two ministers appears to be"
                + " holding.", "2023-06-01")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("The truce signed by Northia and Southia has largely held, the Westmark"
                + " mission said on 12 May 2023.", "2023-06-01")).isEmpty();
    }

    @Test
    void fightingThatEndedWithACeasefireIsAFightAndAnAccord() {
        List<Event> events = InventedConflict.extract("The fighting, which Northian officials say killed 59 people between"
                + " 14 and 16 May 2023, ended with a ceasefire on the evening of 16 May.", "2023-06-01");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 16));
        });
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void aSideThatAcceptedTheOthersConditionsMadeAnAccord() {
        List<Event> events = InventedConflict.extract("On 20 May, through the Westland contingent, the Southian command"
                + " accepted all of our conditions.", "2023-06-01");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.AGREEMENT));
    }
}
