package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every merge rule joins the reports of a short invented text written for it. The texts carry no publication day
 * (so they are not news of the day, whose restatements another rule joins), except the one for that rule.
 */
class MergeRuleTest {
    private static final Map<MergeRule, String> EXAMPLES = Map.ofEntries(
            Map.entry(MergeRule.RESTATED, "On 3 May 2023, Northian and Southian troops clashed near Kesta. On 3 May 2023, a Northian "
                    + "soldier was killed near Kesta."),
            Map.entry(MergeRule.REFERENCED, "Talks opened in Westholm on 9 May 2023.\n\nThe 3 May 2023 clashes near Kesta were "
                    + "discussed.\n\nOn 3 May 2023, Northian and Southian troops clashed near Kesta."),
            Map.entry(MergeRule.CAPTURED_IN_FIGHT, "On 3 May 2023, Northian and Southian troops clashed near Kesta. Four Northian "
                    + "soldiers were captured."),
            Map.entry(MergeRule.PROTEST_BROKEN_UP, "10:05 - Several hundred protesters gather outside the government building"
                    + " in Northport.\n\n22:40 - Police push back demonstrators who try to break through the cordon, and"
                    + " several people are detained."),
            Map.entry(MergeRule.DENIAL_OF_TOLD_ACT, "On 11 May 2023, according to Southia, a missile launched from Northia hit"
                    + " apartment blocks in Kesta. Northia's defence ministry denied firing on Kesta."),
            Map.entry(MergeRule.RESTATED_IN_STORY, "Northian and Southian troops clashed near Kesta on Wednesday.\n\nSeven "
                    + "soldiers were killed in the clashes, the ministry said."),
            Map.entry(MergeRule.TOLL_REPORTED_LATER, "On 3 May 2023, Northian and Southian troops clashed near Kesta. The next "
                    + "day Northia said that five of its soldiers had been killed."),
            Map.entry(MergeRule.BARE_TOLL_AFTER_ACT, "On 3 May 2023, Southian troops fired at farmers near Kesta, wounding "
                    + "four. One of them died in hospital.\n\nThe condition of the others is serious."),
            Map.entry(MergeRule.ACCORD_NAMED_AGAIN, "Northian and Southian troops clashed near Kesta on Thursday.\n\nOn Thursday "
                    + "evening the two governments agreed on a ceasefire, officials said.\n\nThe truce is fragile."),
            Map.entry(MergeRule.TOLL_OF_TOLD_FIGHT, "On 3 May 2023, Northian and Southian troops clashed near Kesta. A soldier "
                    + "was wounded in the clashes."),
            Map.entry(MergeRule.REFERS_BACK, "On 3 May 2023, Southian forces attacked Northian positions near Kesta. Southbridge "
                    + "said the fighting was provoked by Northian troops."),
            Map.entry(MergeRule.SAME_BATTLE_UNDER_HEADING, "May 2023\n\nOn 3 May, Northian and Southian troops clashed near "
                    + "Kesta.\n\nOn 3 May, a Northian soldier was killed in an exchange of fire."),
            Map.entry(MergeRule.SUMMARY, "In May 2023, Southian troops crossed the border near Kesta.\n\nOn 3 May 2023, Southian "
                    + "troops crossed the border near Kesta."),
            Map.entry(MergeRule.PLACELESS_LEAD, "Northian and Southian troops clashed on 3 May 2023. On 3 May 2023, Southian troops opened "
                    + "fire on Northian posts near Kesta."),
            Map.entry(MergeRule.CROSSING_MET_BY_FIGHT, "On 3 May 2023, Southian troops crossed the border near Kesta. Northian troops opened fire "
                    + "on them."),
            Map.entry(MergeRule.TALKS_TOLD_AGAIN, "On 3 May 2023 the foreign ministers of Northia and Southia met in"
                    + " Westholm.\n\nOn 3 May 2023 the sides discussed the border."),
            Map.entry(MergeRule.HEADLINE, "Truce signed in Westholm\n\nOn 3 May 2023, the governments of "
                    + "Northia and Southia signed a ceasefire in Westholm."),
            Map.entry(MergeRule.UMBRELLA, "On 3 May 2023, Southian shelling hit 12 locations in the Highlands and East provinces. On 3 May "
                    + "2023, Southian shells hit Kesta."));

    @Test
    void everyRuleHasAnExample() {
        assertThat(EXAMPLES.keySet()).isEqualTo(EnumSet.allOf(MergeRule.class));
    }

    @ParameterizedTest
    @EnumSource(MergeRule.class)
    void eachRuleMergesItsExample(MergeRule rule) {
        String text = EXAMPLES.get(rule);
        // a headline is dated by the day it was published; a report of the day's restatements need that day too
        String published = rule == MergeRule.RESTATED_IN_STORY || rule == MergeRule.ACCORD_NAMED_AGAIN
                || rule == MergeRule.PROTEST_BROKEN_UP ? "2023-05-05"
                : rule == MergeRule.HEADLINE ? "2023-05-04" : null;
        assertThat(InventedConflict.extract(text, published)).as(text).flatExtracting(Event::coding)
                .filteredOn(d -> d.verdict() == Decision.Verdict.MERGE).extracting(Decision::rule).contains(rule.ruleName());
    }

    @Test
    void aBareTollAfterAnActIsItsHarmNotAFight() {
        var events = InventedConflict.extract(EXAMPLES.get(MergeRule.BARE_TOLL_AFTER_ACT), null);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities().low()).isEqualTo(1);
    }

    @Test
    void aHeadlineJoinsItsStoryOnlyByTheHeadlineRule() {
        String text = "Southian units shelled Highlands villages overnight despite truce, ministry says\n\nKESTA - Homes in the "
                + "Highlands province came under fire overnight, the ministry said on Saturday.\n\nAccording to the ministry, "
                + "Southian units fired mortars at the villages of Kesta and Lorva during the night.\n\nThe fighting that "
                + "began on Friday has killed 24 people on the Northian side, the health ministry reported this morning.";
        assertThat(InventedConflict.extract(text, "2023-05-06")).flatExtracting(Event::coding)
                .filteredOn(d -> d.rule().equals(MergeRule.RESTATED_IN_STORY.ruleName()))
                .extracting(Decision::detail).noneMatch(detail -> detail.endsWith("into the event of sentence 1"));
    }

    @Test
    void oneProvinceNamedAloneIsItsOwnReportNotAnUmbrella() {
        var events = InventedConflict.extract("On 3 May 2023, Southian units opened fire on Northian positions near Kesta. On 3 May "
                + "2023, Southian units also fired at Northian positions in the province of East.", null);
        assertThat(events).hasSize(2).extracting(e -> e.locations().get(0).admin1()).containsExactlyInAnyOrder("Highlands", "East");
    }
    @Test
    void talksOfOtherPartiesOrTalksNotPointedBackToStayApart() {
        // another pair of parties the same day is another meeting
        assertThat(InventedConflict.extract("On 3 May 2023 the foreign ministers of Northia and Southia met in Westholm.\n\n"
                + "On 3 May 2023 the president of Northia held a phone call with the president of Westmark.", null)).hasSize(2);
        // untold parties that do not point back to the talks may have met anyone
        assertThat(InventedConflict.extract("On 3 May 2023 the foreign ministers of Northia and Southia met in Westholm.\n\n"
                + "On 3 May 2023 officials met village elders.", null)).flatExtracting(Event::coding)
                .extracting(Decision::rule).doesNotContain(MergeRule.TALKS_TOLD_AGAIN.ruleName());
    }
}
