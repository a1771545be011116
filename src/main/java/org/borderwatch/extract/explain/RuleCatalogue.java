package org.borderwatch.extract.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.extract.frame.FrameRule;
import org.borderwatch.extract.frame.TypeRule;
import org.borderwatch.extract.pipeline.NamedRule;
import org.borderwatch.extract.place.PlaceRule;
import org.borderwatch.extract.report.MergeRule;
import org.borderwatch.extract.trigger.TriggerRule;

/** Every named rule extraction can record, in pipeline order: what {@code borderwatch explain --rules} lists. */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    public static List<NamedRule> all() {
        List<NamedRule> rules = new ArrayList<>();
        rules.addAll(Arrays.asList(TriggerRule.values()));
        rules.addAll(Arrays.asList(FrameRule.values()));
        rules.addAll(Arrays.asList(TypeRule.values()));
        rules.addAll(Arrays.asList(MergeRule.values()));
        rules.addAll(Arrays.asList(PlaceRule.values()));
        return List.copyOf(rules);
    }

    /** The reason of the rule named {@code rule} at {@code stage}, if extraction has such a rule. */
    public static java.util.Optional<String> reasonOf(String stage, String rule) {
        return all().stream().filter(r -> r.stage().equals(stage) && r.ruleName().equals(rule))
                .map(NamedRule::reason).findFirst();
    }

    public static String render() {
        StringBuilder b = new StringBuilder();
        String stage = null;
        for (NamedRule r : all()) {
            if (!r.stage().equals(stage)) {
                stage = r.stage();
                b.append(stage).append('\n');
            }
            b.append(String.format(java.util.Locale.ROOT, "  %-26s %s%n", r.ruleName(), r.reason()));
        }
        return b.toString();
    }
}
