package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review found coded worse by the first draft of rules-2.38, on an invented conflict: each guard
 * holds the reading a careful coder gives them.
 */
class ReviewedWordingGuards238Test {

    private static List<Event> events(String text, String published) {
        return InventedConflict.extract(text, published);
    }

    private static int deaths(List<Event> found) {
        return found.stream().mapToInt(e -> e.fatalities().best() == null ? 0 : e.fatalities().best()).sum();
    }

    @Test
    void aTollGoesOnAfterAnAndThatStillCounts() {
        assertThat(deaths(events("On 5 May 2024 Southian shelling of Tarn killed five Northian soldiers and no fewer than"
                + " twenty civilians.", "2024-05-06"))).isEqualTo(25);
        assertThat(deaths(events("On 5 May 2024 a Southian strike on Riverton killed eight soldiers and reportedly 12"
                + " civilians.", "2024-05-06"))).isEqualTo(20);
    }

    @Test
    void aDatelinesYearIsNoCountOfTheDead() {
        assertThat(deaths(events("KESTA, 4 October 2024 - Two Northian soldiers died on the twenty-first when their"
                + " vehicle was hit by a Southian drone near Kesta, the army said on Thursday.", "2024-10-04"))).isEqualTo(2);
    }

    @Test
    void anEarlyOrdinalAfterCountedThingsCountsThem() {
        assertThat(events("Two Northian patrols were ambushed near Tarn on Saturday. On the first a soldier was killed;"
                + " on the second the attackers fled.", "2024-05-14")).extracting(e -> e.date().start())
                .containsOnly(LocalDate.of(2024, 5, 11));
    }

    @Test
    void anIncidentListInOneSentenceIsNoQuiz() {
        assertThat(events("(a) On 6 May 2024 Southian artillery shelled Kesta, killing two civilians; (b) on 8 May 2024 a"
                + " Southian drone struck a school in Lorva, wounding four children.", "2024-05-10")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anOperationNamedQuakeIsStillAnAttack() {
        assertThat(events("Northia launched Operation Quake on Wednesday, shelling Southian positions around Riverton and"
                + " killing 12 Southian soldiers.", "2024-07-12")).isNotEmpty();
    }

    @Test
    void postsOnASocialPageAndJournalistsEnteringATownAreNoEvents() {
        assertThat(events("On 2 June 2024 the town's mayor put up a post on social media, and residents of Kesta put up"
                + " posts asking for help.", "2024-06-03")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        assertThat(events("Foreign journalists were allowed to enter the town of Tarn on Saturday, 8 June 2024.",
                "2024-06-10")).isEmpty();
    }

    @Test
    void aSideThatHaltsItsOffensiveStillReportsTheFightBefore() {
        assertThat(events("Northia halts the offensive on Riverton, the defence minister said on Wednesday, after Southian"
                + " troops repelled an attack on Tuesday that killed 14 Northian soldiers.", "2024-06-19"))
                .extracting(e -> e.date().start()).contains(LocalDate.of(2024, 6, 18));
    }
}
