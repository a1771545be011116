package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Which day a report's story goes on from, on an invented conflict. */
class StoryDayWordingTest {
    @Test
    void aSentenceEndingOnTheDayOfReadingCarriesThatDayOn() {
        String report = "The fighting that began on Monday near Kesta resumed at dawn today along the whole border.\n\n"
                + "Southian units shelled Lorva and Amberly, the Northian ministry said.";
        assertThat(InventedConflict.extract(report, "2023-05-10")).filteredOn(e -> e.subEventType()
                        == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(Event::date).extracting(d -> d.start()).containsOnly(LocalDate.of(2023, 5, 10));
    }

    @Test
    void aSentenceEndingOnAnEarlierDayCarriesThatDay() {
        String report = "The fighting that began near Kesta on Monday resumed on Tuesday.\n\n"
                + "Southian units shelled Lorva, the Northian ministry said.";
        assertThat(InventedConflict.extract(report, "2023-05-10")).filteredOn(e -> e.subEventType()
                        == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(Event::date).extracting(d -> d.start()).doesNotContain(LocalDate.of(2023, 5, 10));
    }

    @Test
    void todayAsTheDayOfTheTellingLeavesTheStoryOnTheToldDay() {
        String report = "Southian units shelled Kesta on Sunday, the Northian ministry said today.\n\n"
                + "Southian units also shelled Lorva, the ministry said.";
        assertThat(InventedConflict.extract(report, "2023-05-10")).filteredOn(e -> e.subEventType()
                        == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(Event::date).extracting(d -> d.start()).containsOnly(LocalDate.of(2023, 5, 7));
    }

    @Test
    void anIntervalSetOffByACommaDatesTheActItLeadsToBackFromTheSentencesDay() {
        assertThat(InventedConflict.extract("Officials of both sides met in Northport on Tuesday, a day after a shootout"
                + " near Kesta left two border guards dead.", "2023-05-12")).filteredOn(e -> e.subEventType()
                        == SubEventType.ARMED_CLASH)
                .extracting(Event::date).extracting(d -> d.start()).containsOnly(LocalDate.of(2023, 5, 8));
        assertThat(InventedConflict.extract("Monitors visited Kesta on 12 May, the day after the clash there, the"
                + " mission said.", "2023-05-20")).filteredOn(e -> e.subEventType() == SubEventType.ARMED_CLASH)
                .extracting(Event::date).extracting(d -> d.start()).containsOnly(LocalDate.of(2023, 5, 11));
    }

    @Test
    void anIntervalThatOnlyDescribesTheSentencesDayLeavesItsActOnThatDay() {
        assertThat(InventedConflict.extract("On 17 May, four days after the signing, about 60 residents of Kesta"
                + " protested outside the district office.", "2023-05-20")).filteredOn(e -> e.subEventType()
                        == SubEventType.PEACEFUL_PROTEST)
                .extracting(Event::date).extracting(d -> d.start()).containsOnly(LocalDate.of(2023, 5, 17));
    }

    @Test
    void whatHappenedDuringTheFightingIsOfTheFightsDayAndNoFightItself() {
        String report = "On 19 May 2023 Southian troops attacked Northian positions near Kesta. Two days later a ceasefire"
                + " took effect.\n\nDuring the fighting peacekeepers evacuated several hundred residents of Lorva.";
        assertThat(InventedConflict.extract(report, "2023-05-30"))
                .filteredOn(e -> e.locations().stream().anyMatch(l -> "Lorva".equals(l.name())))
                .singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER);
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 19));
                });
    }

    @Test
    void peopleEvacuatedDuringTheFightingLaterInASentenceLeftOnTheFightsDay() {
        String report = "On 19 May 2023 Southian troops shelled Kesta.\n\nAbout 9,000 people were evacuated from Lorva"
                + " during the fighting, officials said.";
        assertThat(InventedConflict.extract(report, "2023-12-30"))
                .filteredOn(e -> e.locations().stream().anyMatch(l -> "Lorva".equals(l.name())))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 19)));
    }

    @Test
    void theDaysThatNameASettingDoNotDateTheActThatHasItsOwnDay() {
        String report = "Their first joint document after the fighting of 14-17 May 2023 was the protocol signed in"
                + " Lorva on 19 May 2023.";
        assertThat(InventedConflict.extract(report, "2023-12-30")).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 19)));
    }
}
