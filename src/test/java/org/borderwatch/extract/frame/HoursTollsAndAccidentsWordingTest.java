package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Hours that open a sentence or stamp a bulletin, a toll after a semicolon and harm from accidents, on an invented conflict. */
class HoursTollsAndAccidentsWordingTest {

    private static List<Event> at(List<Event> events, String place) {
        return events.stream().filter(e -> e.locations().stream().anyMatch(l -> place.equals(l.name()))).toList();
    }

    @Test
    void anHourAfterWhichTroopsStruckIsNoEarlierHappening() {
        List<Event> events = InventedConflict.extract("Shortly after midnight on 13 May Southian artillery struck Kesta,"
                + " Pellin and Varos; the fighting lasted until a truce was agreed on the evening of 14 May.", "2023-06-01");
        assertThat(at(events, "Kesta")).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 13));
        });
    }

    @Test
    void anHourAfterACauseWordDoesNotMakeTheStrikeBackground() {
        List<Event> events = InventedConflict.extract(
                "After 22:30 on 3 May Southian drones struck Kesta, and Northian troops fired back.", "2023-06-01");
        assertThat(at(events, "Kesta")).singleElement()
                .satisfies(e -> assertThat(e.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
    }

    @Test
    void aTollAfterASemicolonIsTheDatedActs() {
        List<Event> events = InventedConflict.extract("On 3 August the night was tense along the line near Kesta;"
                + " two Northian soldiers were killed.", "2023-09-01");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 8, 3));
            assertThat(e.fatalities().low()).isEqualTo(2);
        });
    }

    @Test
    void harmFromACollisionOrADepotBlastIsNoPoliticalViolence() {
        assertThat(InventedConflict.extract("On 26 May a Northian army truck collided with a car near Kesta;"
                + " two people were injured.", "2023-06-01")).isEmpty();
        assertThat(InventedConflict.extract("On 25 May an explosion at a fuel depot near Pellin killed 30 people.",
                "2023-06-01")).isEmpty();
    }

    @Test
    void aBulletinsStampOnTheLineAboveItsEntryDatesTheEntry() {
        List<Event> events = InventedConflict.extractRaw("Northian defence ministry: operative information\n\n"
                + "03.05.2023, 00:41\nAt 00:05 Southian troops opened fire at positions near Kesta and Lorva.\n\n"
                + "04.05.2023, 08:20\nAt about 07:00 Southian artillery resumed shelling near Lorva and Pellin.\n", "2023-05-04");
        assertThat(at(events, "Pellin")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 4)));
        assertThat(at(events, "Kesta")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 3)));
    }

    @Test
    void aDeathFromWantOrIllnessIsNoViolenceButADeathFromWoundsIs() {
        assertThat(InventedConflict.extract("On 3 May 2023 a man died in Kesta of chronic malnutrition, officials said.",
                "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 a Northian soldier died in Kesta of wounds he received when"
                + " Southian troops shelled the village.", "2023-05-10")).isNotEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops shelled Kesta, and an elderly man died of a"
                + " heart attack during the bombardment.", "2023-05-10")).isNotEmpty();
    }

    @Test
    void twoDaysJoinedByUntilBoundOneSpanAndListNoTwoActs() {
        List<Event> events = InventedConflict.extract("Starting from 00:05 on 3 May 2023 and until the evening of 4 May,"
                + " Southian troops shelled Kesta.", "2023-05-10");
        assertThat(at(events, "Kesta")).hasSize(1);
        assertThat(at(InventedConflict.extract("Southian troops shelled Kesta on 3 May 2023 and again on 4 May.",
                "2023-05-10"), "Kesta")).hasSize(2);
        assertThat(InventedConflict.extract("Residents of Kesta were evacuated to Northport on 3 May 2023 and to Amberly"
                + " on 6 May.", "2023-05-10")).extracting(e -> e.date().start()).contains(LocalDate.of(2023, 5, 3),
                LocalDate.of(2023, 5, 6));
    }
}
