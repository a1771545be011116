package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every typing rule decides the example its reason gives: the quoted words, dated and set in the invented conflict,
 * are typed by that rule. The reasons are what `borderwatch explain` shows, so their examples must hold.
 */
class TypeRuleTest {
    private static final Pattern QUOTED = Pattern.compile("(?:^|[\\s:(])'([^']+)'");

    @ParameterizedTest
    @EnumSource(TypeRule.class)
    void eachRuleTypesTheExampleItsReasonGives(TypeRule rule) {
        Matcher m = QUOTED.matcher(rule.reason());
        assertThat(m.find()).as(rule + " gives an example in quotes").isTrue();
        String sentence = "On 3 May 2023, " + m.group(1) + ".";
        List<EventFrame> frames = InventedConflict.annotate(sentence, "2023-05-10").get(FrameStage.FRAMES);
        assertThat(frames).as(sentence).flatExtracting(EventFrame::decisions)
                .extracting(d -> d.rule()).contains(rule.ruleName());
    }
}
