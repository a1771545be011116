package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Ordinary wording that rules-2.23's new rules first misread (a review ran the build before them and after them on it):
 * each rule now keeps to what it was written for, and these sentences read as they did before.
 */
class ReviewedWordingGuards223Test {
    private static final String PUBLISHED = "2023-05-04";

    private static List<LocalDate> days(List<Event> events) {
        return InventedConflict.startDays(events);
    }

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, PUBLISHED).stream().map(Event::subEventType).toList();
    }

    @Test
    void anUpdateYearsAfterPublicationLeavesTheFirstTextsDaysAlone() {
        assertThat(days(InventedConflict.extractRaw("Country profile: Northia\nFirst published 3 February 2021 | Last updated"
                + " 14 January 2023\n\nThe border has been tense since the war. On 5 November, Southian troops shelled Kesta,"
                + " killing a shepherd.\n", "2021-02-03"))).containsExactly(LocalDate.of(2020, 11, 5));
    }

    @Test
    void aYearInReviewsDaysAfterPublicationStillLeadTheStory() {
        assertThat(days(InventedConflict.extract("The year in review. On 20 January, Southian troops shelled Kesta, killing two"
                + " civilians. A week later, Northian troops shelled Tarn, wounding four.", "2023-01-05")))
                .contains(LocalDate.of(2022, 1, 27));
    }

    @Test
    void bulletsUnderASentenceOpeningWithItsDayAreNoDatedEntry() {
        assertThat(InventedConflict.extractRaw("On 2 May 2023, the mission opened an office in Kesta. Since then it has"
                + " recorded:\n\u2022 14 shelling incidents near Lorva;\n\u2022 two civilians killed in Kesta.\n", "2023-05-20"))
                .extracting(Event::subEventType).doesNotContain(SubEventType.ATTACK);
    }

    @Test
    void aFightMonthsBeforeTheTalksIsOnlyTheirSetting() {
        assertThat(types("Northia and Southia resumed talks in Westholm on 3 May, several months after troops clashed near"
                + " Kesta in January.")).containsExactly(SubEventType.OTHER);
    }

    @Test
    void theSouthernDistrictsOfProvincesAreStillASummary() {
        assertThat(InventedConflict.extract("Southian artillery shelled the southern districts of Highlands and East on 13 May."
                + " Southian artillery also shelled Kesta on 13 May, killing two civilians.", "2023-05-14")).hasSize(1);
    }

    @Test
    void theVillageIsTheOneTheParagraphsReportTookPlaceIn() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Two civilians were wounded in Lorva overnight on 3"
                + " May. They were taken to hospital in Amberly. Southian troops had shelled the village for two hours.",
                PUBLISHED))).containsExactly("Lorva");
    }

    @Test
    void tyresAndFieldsSetAlightAreNoDestruction() {
        assertThat(types("Protesters set tyres alight outside the Southian embassy in Westholm on 3 May."))
                .containsExactly(SubEventType.PEACEFUL_PROTEST);
        assertThat(types("Farmers in Kesta set their stubble fields alight on 3 May, as they do every spring.")).isEmpty();
    }

    @Test
    void troopsBlockingARoadOrGatheringNearTheBorderAreNoProtest() {
        assertThat(InventedConflict.extract("Northian troops dug trenches near Kesta on 3 May, blocking the main road to"
                + " Lorva.", PUBLISHED)).extracting(Event::eventType).doesNotContain(EventType.PROTESTS);
        assertThat(InventedConflict.extract("Southian troops gathered again near Kesta on 3 May, the Northian ministry said.",
                PUBLISHED)).extracting(Event::eventType).doesNotContain(EventType.PROTESTS);
        assertThat(InventedConflict.extract("Southia has gathered tanks near the border with Northia, Northian officials said"
                + " on 3 May.", PUBLISHED)).extracting(Event::eventType).doesNotContain(EventType.PROTESTS);
    }

    @Test
    void troopsMovingCloserAndShepherdsMovingFlocksDisplaceNobody() {
        assertThat(types("On 3 May Southian troops moved closer to villagers' homes in Kesta, the mission said.")).isEmpty();
        assertThat(types("Shepherds have moved their families and flocks to summer pastures near Lorva, the village head said"
                + " on 3 May.")).isEmpty();
    }

    @Test
    void villagersWalkingPastACheckpointCrossNoLine() {
        assertThat(types("Villagers walked 5 km past the checkpoint at Lorva on 3 May to reach the market in Kesta.")).isEmpty();
    }

    @Test
    void shellingTheTalksFollowStaysWhereItHappened() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Talks between the two sides will be held later this"
                + " month in Westholm, after Southian troops shelled Kesta on 3 May.", PUBLISHED))).containsExactly("Kesta");
    }

    @Test
    void positionsTakenBeforeTheWarOrShellingStillGoingOnAreNoDatedAct() {
        assertThat(types("A few months before the war, Southian troops had taken up positions near Lorva, residents recall."))
                .isEmpty();
        assertThat(types("Two years after the war, Southian shelling still kills civilians in Kesta, the mission said on"
                + " 3 May.")).isEmpty();
    }

    @Test
    void aDistrictNamedAfterAPersonIsStillAPlace() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("On 3 May Southian troops shelled the Kesta Hansen"
                + " district, wounding two civilians.", PUBLISHED))).containsExactly("Kesta");
    }
}
