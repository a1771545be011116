package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerStageTest {
    private final TriggerStage stage = TriggerStage.english();
    private final Tokenizer tokenizer = new Tokenizer();

    private List<TriggerClass> classes(String text) {
        return stage.find(tokenizer.tokenize(text, 0, text.length())).stream().map(Trigger::triggerClass).toList();
    }

    @Test
    void assertedEventsKeepTheirTriggers() {
        assertThat(classes("Northian troops shelled the border village.")).contains(TriggerClass.REMOTE);
        assertThat(classes("The two armies clashed near the pass.")).contains(TriggerClass.CLASH);
        assertThat(classes("Protesters rallied in the capital.")).contains(TriggerClass.PROTEST);
    }

    @Test
    void plansForecastsAndCallsAreNotEvents() {
        assertThat(classes("A monitoring mission would be deployed next spring.")).isEmpty();
        assertThat(classes("The envoy called for an immediate ceasefire.")).isEmpty();
        assertThat(classes("The leaders are set to meet in the summer.")).isEmpty();
    }

    @Test
    void negatedTriggersAreDropped() {
        assertThat(classes("The patrol did not cross the border.")).isEmpty();
    }

    @Test
    void habitualStatementsAreNotOneEvent() {
        assertThat(classes("Snipers regularly fired at the farms.")).isEmpty();
    }

    @Test
    void aFightThatEndsIsNotANewFight() {
        assertThat(classes("The clashes stopped and a truce was agreed.")).doesNotContain(TriggerClass.CLASH)
                .contains(TriggerClass.AGREEMENT);
    }
}
