package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A session and a formal request told in one sentence, on an invented conflict. */
class MeetingAndAppealWordingTest {

    @Test
    void aSessionAndAnAppealOnOneDayAreTwoEventsWithTheirOwnIds() {
        List<Event> events = InventedConflict.extract("The premier recalled that the Northian security council had met in"
                + " emergency session on 21 March and that, on the same day, Northia had formally appealed to the"
                + " Westmark government for help.", "2024-03-25");
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.OTHER, SubEventType.OTHER);
        assertThat(events).extracting(Event::actor2).contains("Government of Westmark");
        assertThat(events.get(0).id()).isNotEqualTo(events.get(1).id());
    }

    @Test
    void aRequestMadeInACallIsOneAct() {
        assertThat(InventedConflict.extract("On 21 March the Northian premier asked the Westmark government for help"
                + " in a telephone call.", "2024-03-25")).hasSize(1);
    }

    @Test
    void anAppealAloneStaysOneEvent() {
        assertThat(InventedConflict.extract("On 21 March Northia formally appealed to the Westmark government for help.",
                "2024-03-25")).hasSize(1);
    }
    @Test
    void aRequestToldAsInvokingAClauseOrTurningOfficiallyToAnAllyIsAnAppealMadeFromHome() {
        for (String text : List.of(
                "On 21 March Northia invoked the mutual-aid clause of its treaty with Westmark.",
                "On 21 March the Northian government decided to turn officially to Westmark for help.",
                "21 March 2024: Northia appeals to the Westmark government over the shelling.")) {
            assertThat(InventedConflict.extract(text, "2024-03-25")).as(text).singleElement().satisfies(e -> {
                assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER);
                assertThat(e.locations()).extracting(org.borderwatch.domain.Location::country).containsExactly("Northia");
            });
        }
    }
    @Test
    void aCallByABodyWithoutACountryIsNotPlacedByTheCountriesItCalled() {
        assertThat(InventedConflict.extract("On 16 September 2022 the Joint Peace Treaty Commission held telephone"
                + " conversations with the governments of the Republic of Northia and of the Republic of Southia.", "2022-09-21"))
                .singleElement().satisfies(e -> assertThat(e.locations())
                        .allSatisfy(l -> assertThat(l.country()).isNull()));
    }
}
