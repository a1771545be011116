package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rulebook type told in several ways (extract/paraphrases.tsv): the lexicon has to read the pairings of
 * weapon and verb, road and closure, that a report nobody here has read might use, not only those seen so far.
 */
class RulebookParaphraseTest {
    private static final String PUBLISHED = "2023-05-10";
    private static final String NONE = "NONE";

    static Stream<Arguments> paraphrases() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RulebookParaphraseTest.class.getResourceAsStream("/extract/paraphrases.tsv")), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2))
                    .map(p -> Arguments.of(p[0], p[1])).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("paraphrases")
    void eachParaphraseYieldsItsTypeOnItsDay(String expected, String sentence) {
        List<Event> events = InventedConflict.extract(sentence, PUBLISHED);
        if (expected.equals(NONE)) {
            assertThat(events).isEmpty();
            return;
        }
        SubEventType type = SubEventType.fromLabel(expected);
        assertThat(events).anyMatch(e -> e.eventType() == type.type() && e.date().start().toString().startsWith("2023-05-0"));
    }

    @Test
    void everyTypeOfTheRulebookIsParaphrased() throws IOException {
        List<String> told = paraphrases().map(a -> (String) a.get()[0]).distinct().toList();
        assertThat(told).contains(NONE, "Armed clash", "Shelling/artillery/missile attack", "Attack",
                "Remote explosive/landmine/IED", "Non-violent transfer of territory", "Arrests",
                "Headquarters or base established", "Other", "Agreement", "Change to group/activity", "Peaceful protest");
    }

    @Test
    void soldiersListedWithCiviliansAsVictimsMakeAFight() {
        assertThat(InventedConflict.extract("On 3 May 2023 two Northian servicemen and a resident of Kesta were injured.",
                PUBLISHED)).extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
        assertThat(InventedConflict.extract("On 3 May 2023 a resident of Kesta was injured.", PUBLISHED))
                .extracting(Event::subEventType).containsExactly(SubEventType.ATTACK);
    }
}
