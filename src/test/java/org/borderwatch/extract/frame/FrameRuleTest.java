package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.borderwatch.domain.Decision;
import org.borderwatch.extract.InventedConflict;
import org.borderwatch.extract.explain.Explanation;
import org.borderwatch.extract.explain.SentenceTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every frame rule decides something in a short invented text written for it: it drops a sentence, dates a
 * frame or splits a sentence, and the trace names it. Texts published on a day say so in {@link #PUBLISHED}.
 */
class FrameRuleTest {
    private static final Map<FrameRule, String> EXAMPLES = Map.ofEntries(
            Map.entry(FrameRule.CAPTION, "File:Pass.jpg|Southian troops shelled the pass on 3 May 2023"),
            Map.entry(FrameRule.GLOSSARY, "Ceasefire - when the two sides agree to stop shooting."),
            Map.entry(FrameRule.ADVICE, "Do not pick up passengers who say they were evacuated from Kesta on 3 May 2023."),
            Map.entry(FrameRule.NEGATIVE_OPENING, "No officials confirmed that Southian troops shelled Kesta on 3 May 2023."),
            Map.entry(FrameRule.TITLE, "Map of the villages shelled near Kesta in May 2023"),
            Map.entry(FrameRule.SECTION_HEADING, "Border digest\n\nKESTA \u2013 Shepherds detained\n\nOn 3 May 2023, "
                    + "Southian guards detained three shepherds near Kesta."),
            Map.entry(FrameRule.DOCUMENT_ITSELF, "This brief traces how the shelling of Kesta on 3 May 2023 began."),
            Map.entry(FrameRule.QUESTION, "Did the shelling of Kesta on 3 May 2023 end the truce?"),
            Map.entry(FrameRule.ANSWER_OPTIONS, "Which town was shelled on 3 May 2023?\n\na) Kesta was shelled b) Lorva was"
                    + " shelled"),
            Map.entry(FrameRule.FORECAST_SECTION, "Border digest\n\n1. THE WEEK\n\nSouthian troops shelled Kesta on 3 May"
                    + " 2023.\n\n2. COMING UP\n\n\u2022 Bloc summit, Westholm, 23 November."),
            Map.entry(FrameRule.QUOTED_OPINION, "\"They shelled our homes without mercy,\" a farmer from Kesta said."),
            Map.entry(FrameRule.ORDINARY_CRIME, "Police log, 3 May 2023\n\n1. Kesta. At about 02:40 thieves broke into a"
                    + " shop and stole 23 phones. Three suspects were detained on 3 May 2023."),
            Map.entry(FrameRule.CALLED_FALSE, "Reports that Southian troops shelled Kesta on 3 May 2023 were debunked by the monitors."),
            Map.entry(FrameRule.UNDATED, "Southian troops shelled Kesta."),
            Map.entry(FrameRule.MEETING_WITHOUT_PARTIES, "Northian troops shelled Kesta on 3 May 2023.\n\nThe meeting on"
                    + " 4 May 2023 began at 3 p.m. and ended at 5 p.m."),
            Map.entry(FrameRule.MEETING_WITHOUT_MONTH, "The foreign ministers of Northia and Southia met in Westholm in 2019."),
            Map.entry(FrameRule.STATED_DATE, "On 3 May 2023, Southian troops shelled Kesta."),
            Map.entry(FrameRule.STATEMENT_DAY, "Southian troops shelled Kesta, the Northian ministry said on Wednesday."),
            Map.entry(FrameRule.CARRIED_DATE, "On 3 May 2023, Southian troops crossed the border near Kesta. Later, they shelled "
                    + "Lorva."),
            Map.entry(FrameRule.NARRATIVE_CONTINUES, "On 3 May 2023, Southian troops crossed the border near Kesta.\n\nIn response, "
                    + "Northian troops shelled Riverton."),
            Map.entry(FrameRule.TOLL_OF_THE_FIGHT, "In May 2022 troops fought for days around Kesta. About 40 people were killed."),
            Map.entry(FrameRule.DURING_THE_FIGHT, "On 3 May 2023, Southian troops attacked Northian positions near Kesta.\n\n"
                    + "During the fighting peacekeepers evacuated the residents of Lorva."),
            Map.entry(FrameRule.NEWS_WINDOW, "Southian troops shelled Kesta this week.\n\nNorthian troops fired at Riverton."),
            Map.entry(FrameRule.STORY_DAY, "Southian troops shelled Kesta, wounding two farmers."),
            Map.entry(FrameRule.TIME_STAMP, "Southian troops shelled Kesta on 1 May 2023.\n\nAt 10:00. Northian troops fired "
                    + "at Riverton."),
            Map.entry(FrameRule.HEADING_MONTH, "May 2023\n\nSouthian troops shelled Kesta."),
            Map.entry(FrameRule.DATED_LEAD, "3 May 2023 \u2013 Highlands. The worst day of the year.\n\n\u2022 Shelling: Southian"
                    + " artillery struck Kesta."),
            Map.entry(FrameRule.HEADING_DAY, "Press review of the week\n\nItems are summarised from regional media this week.\n\n"
                    + "WED 3 MAY\n\nSouthian troops shelled Kesta.\n\nTHU 4 MAY\n\nThe talks were postponed."),
            Map.entry(FrameRule.MEETING_AND_APPEAL, "On 3 May 2023, the Northian security council met in emergency session"
                    + " and Northia formally appealed to the Westmark government for help."),
            Map.entry(FrameRule.DRIVEN_FROM_HOME, "On 3 May 2023, fighting near Kesta killed six people and forced hundreds "
                    + "from their homes."),
            Map.entry(FrameRule.ACCORD_IN_BREACH, "3 May 2023 | The defence ministers of Northia and Southia agree a ceasefire; "
                    + "violated overnight."),
            Map.entry(FrameRule.SUPPLY_CUT, "On 3 May 2023, Southian shelling hit the pipeline near Kesta and cut the gas supply."),
            Map.entry(FrameRule.MEETING_AND_ACCORD, "On 3 May 2023, the leaders of Northia and Southia met in Westholm and "
                    + "signed a ceasefire agreement."),
            Map.entry(FrameRule.ACCORD_OF_THE_WAR, "The war of 2019 ended with a ceasefire agreement signed by Northia and "
                    + "Southia. On 3 May 2023, Southian troops shelled Kesta in breach of that agreement."),
            Map.entry(FrameRule.DATED_REFERENCE, "On 3 May 2023, Northian troops crossed the border near Riverton, the worst "
                    + "incident since the September 2022 shelling of Kesta."),
            Map.entry(FrameRule.CLAUSES, "On 3 May 2023, Southian troops shelled Kesta; meanwhile, Northian protesters "
                    + "blocked the road to Northport."),
            Map.entry(FrameRule.LISTED_DATES, "Southian troops shelled Kesta on 3 May and on 9 May 2023."),
            Map.entry(FrameRule.DATED_INSTANCES, "Southian troops regularly shell the Highlands, including Kesta on 3 May 2023 "
                    + "and Lorva on 9 May 2023."),
            Map.entry(FrameRule.EARLIER_HAPPENING, "After an incident on 1 May 2023 near Kesta, Southian and Northian troops "
                    + "clashed again near Lorva on 3 May 2023."),
            Map.entry(FrameRule.FROM_HOME, "On 3 May 2023, Northia asked the Westmark government for military assistance."),
            Map.entry(FrameRule.PER_PLACE, "On 3 May 2023, Southian troops fired at farmers in Kesta and Lorva."),
            Map.entry(FrameRule.PER_PLACE_IN_UNIT, "On 3 May 2023, Southian troops shelled positions near Kesta in Highlands "
                    + "and near Amberly in East."),
            Map.entry(FrameRule.LISTED_PLACES, "Residents evacuated to collective centres, 3-4 May 2023:\n\n• Kesta: 4,100\n\n"
                    + "• Lorva: 900"));

    /** Examples told as news of a day: the day they were published. */
    private static final Map<FrameRule, String> PUBLISHED = Map.of(
            FrameRule.STATEMENT_DAY, "2023-05-05",
            FrameRule.NEWS_WINDOW, "2023-05-05",
            FrameRule.STORY_DAY, "2023-05-05",
            FrameRule.TIME_STAMP, "2023-05-05");

    /**
     * A guard no text reaches today: every trigger class has a type ({@link EventTyper}), so a sentence with a
     * kept trigger always types. It stays so that a class added without a type drops its sentence with a reason.
     */
    private static final Set<FrameRule> GUARDS = EnumSet.of(FrameRule.UNTYPED);

    @Test
    void everyRuleHasAnExampleOrIsAGuard() {
        Set<FrameRule> covered = EnumSet.copyOf(EXAMPLES.keySet());
        covered.addAll(GUARDS);
        assertThat(covered).isEqualTo(EnumSet.allOf(FrameRule.class));
    }

    @ParameterizedTest
    @EnumSource(value = FrameRule.class, names = "UNTYPED", mode = EnumSource.Mode.EXCLUDE)
    void eachRuleDecidesInItsExample(FrameRule rule) {
        Explanation trace = Explanation.of(InventedConflict.annotate(EXAMPLES.get(rule), PUBLISHED.get(rule)));
        assertThat(rulesNamed(trace)).as(trace.render(0)).contains(rule.ruleName());
    }

    /** Every rule the trace names: a sentence's drop, its frames' decisions and its events' codings. */
    private static List<String> rulesNamed(Explanation trace) {
        return trace.sentences().stream().flatMap(FrameRuleTest::decisions).map(Decision::rule).toList();
    }

    private static Stream<Decision> decisions(SentenceTrace s) {
        return Stream.of(Stream.ofNullable(s.dropped()), s.frames().stream().flatMap(f -> f.decisions().stream()),
                s.events().stream().flatMap(e -> e.coding().stream())).flatMap(d -> d);
    }
}
