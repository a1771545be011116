package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Decision;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every trigger rule decides as its reason says, on a sentence invented for it. */
class TriggerRuleTest {
    private static final Map<TriggerRule, String> EXAMPLES = Map.ofEntries(
            Map.entry(TriggerRule.DATED_SEQUENCE, "Southian troops withdrew from Tarn on 9 May 2025, after the leaders of Northia and Southia met in Westholm on 6 May."),
            Map.entry(TriggerRule.ASSERTED, "On 3 May 2025, Northian troops crossed the border near Riverton."),
            Map.entry(TriggerRule.INSIDE_NAME, "On 3 May 2025, the Joint Peace Treaty Commission of Northia and Southia met in Westholm."),
            Map.entry(TriggerRule.DATED_REFERENCE, "Under the terms of the 2019 ceasefire, Southian troops stayed in Riverton."),
            Map.entry(TriggerRule.DEFINITE_REFERENCE, "On 3 May 2025, the ministers met in Westholm to discuss the attack on Riverton."),
            Map.entry(TriggerRule.RELATES_BACK, "The offensive followed months in which the Riverton road had been blocked by a checkpoint."),
            Map.entry(TriggerRule.WHOLE_WAR, "In 2019 the long dispute erupted into full-scale war along the whole border."),
            Map.entry(TriggerRule.HABITUAL, "Northian forces regularly violate the truce along the border."),
            Map.entry(TriggerRule.BATTLE_OUTCOME, "On 3 May 2025, the fighting ended with Northian troops taking control of Pellin."),
            Map.entry(TriggerRule.IRREALIS, "On 3 May 2025, Northia proposed a ceasefire near Kesta."),
            Map.entry(TriggerRule.PLANNED_SEQUENCE, "On 3 May 2025, Arno Vell was set to meet Mira Osk, followed by talks with Westmark."),
            Map.entry(TriggerRule.FORECAST, "On 3 May 2025, officials said further clashes are likely near Kesta."),
            Map.entry(TriggerRule.NEGATED, "On 3 May 2025, Northian troops did not cross the border."),
            Map.entry(TriggerRule.CALLED_OFF, "The meeting of the two presidents planned for 3 May 2025 in Westholm was called off."),
            Map.entry(TriggerRule.REFERENCE, "On 3 May 2025, both sides agreed to respect the ceasefire."),
            Map.entry(TriggerRule.INFINITIVE, "On 3 May 2025, Southia ordered its troops to withdraw from Riverton."),
            Map.entry(TriggerRule.LIVE_FIRE, "On 3 May 2025, Southian units held tactical exercises with live firing near Tarn."),
            Map.entry(TriggerRule.ATTRIBUTIVE, "On 3 May 2025, volunteers handed out food to the evacuated families at two "
                    + "evacuation centres in Lorva."),
            Map.entry(TriggerRule.CASUALTIES_REFERRED_TO, "On 3 May 2025, the wounded were taken to hospital in Lorva."),
            Map.entry(TriggerRule.LEFT_TALKS, "On 3 May 2025, Southia pulled out of a planned meeting with Northia in Westholm."),
            Map.entry(TriggerRule.NAMED_POST, "On 3 May 2025, Northian guards stopped a former minister at the Riverton checkpoint."),
            Map.entry(TriggerRule.ENDED, "On 3 May 2025, the clashes stopped at noon near Lorva."),
            Map.entry(TriggerRule.SPEECH_ABOUT, "On 3 May 2025, Mira Osk described the invasion as a crime."),
            Map.entry(TriggerRule.STATEMENT_SENTENCE, "On 3 May 2025, Arno Vell gave an interview, and the talks resumed."),
            Map.entry(TriggerRule.BACKGROUND, "On 3 May 2025, amid the clashes, Northian troops shelled Riverton."),
            Map.entry(TriggerRule.BACKGROUND_ONLY, "On 3 May 2025, following clashes near Kesta, the border stayed tense."),
            Map.entry(TriggerRule.CAUSE_OF_HARM, "On 3 May 2025, two soldiers were wounded as a result of shelling near Kesta."),
            Map.entry(TriggerRule.ANIMALS_HARMED, "On 3 May 2025 nine head of cattle were killed on the pastures above Kesta."),
            Map.entry(TriggerRule.ACCIDENT, "On 3 May 2025, an army truck collided with a bus near Kesta; nine were injured."),
            Map.entry(TriggerRule.LIE_OF_THE_LAND, "On 3 May 2025, the enclave of Lorva is surrounded by the Lowlands province of Southia."),
            Map.entry(TriggerRule.AMOUNT_IDIOM, "On 3 May 2025, in a dry spring at Kesta, who turns the canal gates matters a great deal."),
            Map.entry(TriggerRule.SIGNATURE_MARK, "On 3 May 2025, Head of the Kesta liaison office (signed) A.K."),
            Map.entry(TriggerRule.SIGNATURES_COUNTED, "By 3 May 2025, 2,614 people had signed the Kesta families' petition."),
            Map.entry(TriggerRule.ONE_SIDED_PAPER, "On 3 May 2025, the Northian president signed a decree on reservists."),
            Map.entry(TriggerRule.PRESS_LINE, "On 3 May 2025, the head of Kesta told our correspondent by telephone that it was quiet."),
            Map.entry(TriggerRule.MEDICAL_CARE, "On 3 May 2025, the wounded Northian guard was evacuated to a military hospital in Kesta."),
            Map.entry(TriggerRule.PATROL_ROUND, "On 3 May 2025, a patrol of the Westmark monitoring mission visited Kesta and met"
                    + " the village head."),
            Map.entry(TriggerRule.CIVIC_MOBILISATION, "On 3 May 2025, the Northian opposition's street mobilisation"
                    + " stayed small."),
            Map.entry(TriggerRule.SIGNED_UP, "On 3 May 2025, forty Kesta families signed up for the evacuation buses."),
            Map.entry(TriggerRule.CAMPAIGN_RALLY, "On 3 May 2025, candidates for the Kesta seat spoke at a campaign rally"
                    + " in the town square."),
            Map.entry(TriggerRule.DIPLOMATIC_PROTEST, "On 3 May 2025, the Southian foreign ministry lodged a protest with the"
                    + " Northian envoy over the shelling of Pellin."),
            Map.entry(TriggerRule.COLUMN_LABEL, "Date | Location | Province | Description | Killed"));

    @Test
    void everyRuleHasAnExample() {
        assertThat(EXAMPLES.keySet()).isEqualTo(EnumSet.allOf(TriggerRule.class));
    }

    @ParameterizedTest
    @EnumSource(TriggerRule.class)
    void eachRuleDecidesItsExample(TriggerRule rule) {
        List<TriggerCandidate> candidates = InventedConflict.annotate(EXAMPLES.get(rule), "2025-05-10")
                .get(TriggerStage.CANDIDATES).stream().flatMap(List::stream).toList();
        assertThat(candidates).extracting(c -> c.decision().rule()).contains(rule.ruleName());
        Set<Decision.Verdict> verdicts = candidates.stream().filter(c -> c.decision().rule().equals(rule.ruleName()))
                .map(c -> c.decision().verdict()).collect(java.util.stream.Collectors.toSet());
        boolean keeps = rule == TriggerRule.ASSERTED || rule == TriggerRule.BACKGROUND_ONLY || rule == TriggerRule.CAUSE_OF_HARM
                || rule == TriggerRule.DATED_REFERENCE || rule == TriggerRule.DATED_SEQUENCE;
        assertThat(verdicts).containsExactly(keeps ? Decision.Verdict.KEEP : Decision.Verdict.DROP);
    }

    @Test
    void everyRuleHasANameAndAReason() {
        for (TriggerRule r : TriggerRule.values()) {
            assertThat(r.ruleName()).matches("[a-z]+(-[a-z]+)*");
            assertThat(r.reason()).isNotBlank();
        }
    }

    @Test
    void aForecastSaidWithATimeAndADegreeIsStillAForecast() {
        List<TriggerCandidate> candidates = InventedConflict.annotate("Without a settlement on Lorva, a fresh clash next "
                + "summer is far more likely.", "2025-05-10").get(TriggerStage.CANDIDATES).stream().flatMap(List::stream).toList();
        assertThat(candidates).filteredOn(c -> c.trigger().text().equals("clash")).singleElement()
                .satisfies(c -> assertThat(c.decision().rule()).isEqualTo(TriggerRule.FORECAST.ruleName()));
    }

    @Test
    void theSummitOfAMeetingStillToComeHasNotHappenedEither() {
        List<TriggerCandidate> candidates = InventedConflict.annotate("Arno Vell and Mira Osk are expected to meet in"
                + " Westholm next week on the margins of a regional summit.", "2025-05-10").get(TriggerStage.CANDIDATES).stream()
                .flatMap(List::stream).toList();
        assertThat(candidates).isNotEmpty().noneMatch(TriggerCandidate::kept);
        // a summit told as held is still reported, and so is a summit after a comma that closes the future act
        for (String held : List.of("On 3 May 2025 Arno Vell and Mira Osk met in Westholm on the margins of a regional summit.",
                "Arno Vell and Mira Osk are expected to meet in Westholm, where a regional summit opened on 3 May 2025.")) {
            assertThat(InventedConflict.annotate(held, "2025-05-10").get(TriggerStage.CANDIDATES).stream().flatMap(List::stream)
                    .filter(c -> c.trigger().text().equals("summit"))).as(held).singleElement()
                    .satisfies(c -> assertThat(c.kept()).isTrue());
        }
    }

    @Test
    void aProtestNoteIsAStatementButPeopleProtestingAreAProtest() {
        assertThat(InventedConflict.extract("On 3 May 2025 the Northian foreign ministry handed a note of protest to the"
                + " Southian ambassador.", "2025-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2025 hundreds of residents protested in Kesta against the new border"
                + " post.", "2025-05-10")).extracting(e -> e.eventType()).containsExactly(org.borderwatch.domain.EventType.PROTESTS);
        assertThat(InventedConflict.extract("On 3 May 2025 the farmers' union moved its protest to the square in Kesta.",
                "2025-05-10")).extracting(e -> e.eventType()).containsExactly(org.borderwatch.domain.EventType.PROTESTS);
    }

    @Test
    void aShellThatCameNextIsNoMeetingToCome() {
        assertThat(InventedConflict.extract("On 3 May 2025 a civilian was killed in Kesta when the next shell hit the school.",
                "2025-05-10")).isNotEmpty();
    }
}
