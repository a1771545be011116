package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Calls, requests and departures of civilians as chronologies and ministries word them, on an invented conflict. */
class CallsAndDeparturesWordingTest {
    @Test
    void aCallToldByItsMediumIsAMeetingInAnyTense() {
        for (String sentence : List.of("3 May 2023 – The Northian premier discusses the border with the Southian president by phone.",
                "On 3 May 2023 the two ministers had spoken by telephone about the border.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence)
                    .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        }
    }

    @Test
    void familiesThatHadLeftWithWordsBetweenLeft() {
        assertThat(InventedConflict.extract("By 4 May 2023 most of the families from the hill farms around them had left"
                + " Tarn and Fenwick.", "2023-05-10")).extracting(Event::subEventType).contains(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May 2023 Northport took in 40 families (about 120 people, most of them"
                + " children) who left Kesta.", "2023-05-10")).extracting(Event::subEventType).contains(SubEventType.OTHER);
        assertThat(InventedConflict.extract("Families whose homes were shelled near Kesta in 2021 have been left without"
                + " help, the report of 3 May 2023 says.", "2023-05-10")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.OTHER);
    }

    @Test
    void familiesBeingMovedAsItHappensAreADepartureFromWhereTheyLived() {
        assertThat(InventedConflict.extract("On 16 September 2022 residents of Kesta were being bussed to Tarn.", "2022-09-20"))
                .singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER);
                    assertThat(e.locations()).extracting(l -> l.name()).containsExactly("Kesta");
                });
    }

    @Test
    void aSourcesLineToThePressIsNoCall() {
        for (String sentence : List.of("[00:31] CORRESPONDENT (Lena Vask, by phone from Kesta): Good evening.",
                "On 3 May 2023 the head of Kesta told our correspondent by telephone that the night was quiet.",
                "On 3 May 2023 the Northian ministry did not respond to a request for comment from the Kesta Herald.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-03")).as(sentence).isEmpty();
        }
    }

    @Test
    void aCallTheNewspaperReportsAndAGeneralStaffMeetingAreEvents() {
        for (String sentence : List.of("The two presidents held a conversation by telephone on 3 May 2023, the newspaper"
                        + " Northport Daily reported.",
                "On 3 May 2023 the chief of the Northian General Staff met his Southian counterpart in Westholm.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence)
                    .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        }
    }

    @Test
    void anAccordAgreedDuringACallInThePassiveIsTheCallAndTheAccord() {
        assertThat(InventedConflict.extract("On 3 May 2023 a full ceasefire from 20:00 was agreed by the two foreign "
                + "ministers during a phone call.", "2023-05-10")).extracting(Event::subEventType)
                .containsExactlyInAnyOrder(SubEventType.OTHER, SubEventType.AGREEMENT);
    }

    @Test
    void aChronologysPresentTenseTellsMeetingsAndAccords() {
        assertThat(InventedConflict.extract("• 3 May 2023 – Presidents Vell and Osk meet at the border near Kesta.", "2023-06-01"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("• 4 May 2023 – The two security chiefs sign a protocol on a ceasefire.", "2023-06-01"))
                .extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("The presidents will meet in Kesta on 9 June 2023.", "2023-06-01")).isEmpty();
    }

    @Test
    void aFormalRequestInAChronologyIsAnAppeal() {
        assertThat(InventedConflict.extract("4 May 2023 – Northia formally requests consultations within the alliance.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void civiliansLeavingAreDisplacedWhereTheyLivedNotWhereTheyWent() {
        String text = "On 3 May 2023 shells hit Kesta. Nine families with small children left for Lorva that evening.";
        List<Event> events = InventedConflict.extract(text, "2023-05-10");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).singleElement()
                .satisfies(e -> assertThat(e.locations()).extracting(org.borderwatch.domain.Location::name).containsExactly("Kesta"));
        assertThat(InventedConflict.extract("On 3 May 2023 women and children of Kesta were moved to Lorva.", "2023-05-10"))
                .extracting(e -> e.locations().get(0).name()).containsExactly("Kesta");
        assertThat(InventedConflict.extract("On 3 May 2023 some families in Kesta moved their children to relatives.", "2023-05-10"))
                .extracting(Event::eventType).containsExactly(EventType.STRATEGIC_DEVELOPMENTS);
    }

    @Test
    void aProvocationAMinistrySaysWasStagedIsAFight() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian units staged a large-scale provocation near Kesta, the ministry said.",
                "2023-05-10")).extracting(Event::eventType).containsExactly(EventType.BATTLES);
        assertThat(InventedConflict.extract("On 3 May 2023 the ministry warned against provocations near Kesta.", "2023-05-10"))
                .noneMatch(e -> e.eventType() == EventType.BATTLES);
    }
}
