package org.borderwatch.export;

import java.util.List;
import java.util.regex.Pattern;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.domain.ActorKind;

/**
 * An actor's ACLED category: as the conflict's configuration types it (the {@link ActorDirectory}), and only
 * for a name no configuration knows (one typed by hand, or from a conflict no longer configured) inferred from
 * the form ACLED's naming conventions give it ("Military Forces of X", "Civilians (X)"). Names of no known form
 * count as {@link ActorKind#EXTERNAL_OTHER}.
 */
public final class ActorKinds {
    private record Rule(Pattern pattern, ActorKind kind) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^(Military|Police|Naval|Air) Forces of "), ActorKind.STATE_FORCES),
            new Rule(Pattern.compile("^Government of "), ActorKind.STATE_FORCES),
            new Rule(Pattern.compile("^Rioters \\("), ActorKind.RIOTERS),
            new Rule(Pattern.compile("^Protesters \\("), ActorKind.PROTESTERS),
            new Rule(Pattern.compile("^Civilians \\("), ActorKind.CIVILIANS));

    private final ActorDirectory directory;

    public ActorKinds(ActorDirectory directory) {
        this.directory = directory;
    }

    /** The kind of a named actor, or null for no actor. */
    public ActorKind of(String canonicalName) {
        if (canonicalName == null || canonicalName.isBlank()) {
            return null;
        }
        String name = canonicalName.trim();
        java.util.Optional<ActorKind> configured = directory.find(name).map(org.borderwatch.domain.Actor::kind);
        if (configured.isPresent()) {
            return configured.get();
        }
        for (Rule r : RULES) {
            if (r.pattern().matcher(name).find()) {
                return r.kind();
            }
        }
        return ActorKind.EXTERNAL_OTHER;
    }

    /** ACLED's inter1/inter2 code: 0 for no actor. */
    public int interCode(String canonicalName) {
        ActorKind kind = of(canonicalName);
        return kind == null ? 0 : kind.interCode();
    }

    /**
     * ACLED's interaction code: the two inter codes as a two-digit number, the smaller first; an event
     * with one actor has its inter code followed by 0.
     */
    public static int interaction(int inter1, int inter2) {
        if (inter1 == 0 || inter2 == 0) {
            return Math.max(inter1, inter2) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }
}
