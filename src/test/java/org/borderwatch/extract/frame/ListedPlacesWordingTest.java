package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A humanitarian update's or a bulletin's list of places under a lead ending in a colon, on an invented conflict. */
class ListedPlacesWordingTest {
    /** The first place of each event of the type, in order. */
    private static List<String> firstPlaces(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.eventType() == type).map(e -> e.locations().get(0).name()).toList();
    }

    private static final String LEAD = "Evacuated residents registered at collective centres, 3-4 May 2023:\n\n";

    @Test
    void eachListedPlaceIsAnEventToldByItsOwnLine() {
        List<Event> events = InventedConflict.extract(LEAD + "• Kesta: 4,100\n\n• Pellin: 1,900\n\n• Lorva: 700",
                "2023-05-06");
        assertThat(firstPlaces(events, EventType.STRATEGIC_DEVELOPMENTS)).containsExactly("Kesta", "Pellin", "Lorva");
        assertThat(events).allSatisfy(e -> assertThat(e.evidence().get(0).text()).doesNotContain("collective"));
    }

    @Test
    void aShortSubLeadAfterTheActsSentenceHeadsItsList() {
        List<Event> events = InventedConflict.extract("2.1 According to the ministry, 9,300 people were evacuated from"
                + " border areas between 3 and 4 May 2023. By village:\n\n- Kesta: 6,100 people\n\n- Lorva: 3,200 people",
                "2023-05-06");
        assertThat(events).extracting(e -> e.locations().stream().map(Location::name).toList())
                .containsExactly(List.of("Kesta"), List.of("Lorva"));
    }

    @Test
    void aListOfBareNamesOneALineUnderTheLeadIsOneEventAPlace() {
        List<Event> events = InventedConflict.extract("On 3 and 4 May 2023 residents were evacuated from these villages"
                + " of Highlands province:\n\n• Kesta\n\n• Lorva\n\n• Amberly\n\nMost of them are staying with relatives.", "2023-05-06");
        assertThat(firstPlaces(events, EventType.STRATEGIC_DEVELOPMENTS)).containsExactly("Kesta", "Lorva", "Amberly");
    }

    @Test
    void aBulletinsListOfDirectionsFiredOnIsOneStrikeAPlace() {
        List<Event> events = InventedConflict.extractRaw("03.05.2023, 02:20\nArtillery fire is being registered against"
                + " Northian positions in the following directions:\n- Kesta (Highlands province);\n- Lorva (Highlands"
                + " province);\n- Amberly (East province).\nThe fire is aimed at villages too.", "2023-05-03");
        assertThat(firstPlaces(events, EventType.EXPLOSIONS_REMOTE_VIOLENCE)).containsExactly("Kesta", "Lorva", "Amberly");
    }

    @Test
    void eachClauseOfAListLineHappenedAtTheLinesPlace() {
        List<Event> events = InventedConflict.extract("- Kesta (Highlands province): women and children evacuated on 3 May"
                + " 2023; one school and the clinic were hit by Southian shellfire the same day.", "2023-05-06");
        assertThat(firstPlaces(events, EventType.EXPLOSIONS_REMOTE_VIOLENCE)).containsExactly("Kesta");
    }

    @Test
    void aLeadOverLinesThatNameNoPlaceStaysAsItWas() {
        List<Event> events = InventedConflict.extract(LEAD + "• Children: 1,200\n\n• Elderly: 300", "2023-05-06");
        assertThat(events).noneMatch(e -> e.locations().stream().map(Location::name).anyMatch("Children"::equals));
    }

    @Test
    void aListedPlacesOwnTollIsItsEventsAndNoFightOfItsOwn() {
        List<Event> events = InventedConflict.extractRaw("Lorva report\n\nOn 16 September 2022 Southian artillery shelled"
                + " Northian villages. The places hit:\n\u2013 Kesta: 3 killed;\n\u2013 Lorva: 1 killed;\n\u2013 Amberly: 2 killed.\n",
                "2022-09-17");
        assertThat(events).allSatisfy(e -> assertThat(e.eventType()).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        assertThat(events).extracting(e -> e.locations().get(0).name() + " " + e.fatalities().best())
                .containsExactly("Kesta 3", "Lorva 1", "Amberly 2");
    }
}
