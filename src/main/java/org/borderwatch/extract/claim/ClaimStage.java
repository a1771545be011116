package org.borderwatch.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Stance;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.ActorMention;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;
import org.borderwatch.extract.trigger.Cues;
import org.borderwatch.extract.trigger.TriggerStage;
import org.borderwatch.extract.config.WordLists;

/**
 * Finds who asserts, denies or blames: an actor right before an attribution verb ("the Armenian
 * Defence Ministry reported", "which Azerbaijan denied"), "according to X", unattributed hedges
 * ("reportedly"), and the text calling a report false. A denial in a sentence that reports nothing
 * itself ("However, X refuted this.") belongs to the sentence before.
 */
public final class ClaimStage implements Stage {
    private static final WordLists WORDS = WordLists.english();

    /** Claims by sentence index; sentences without claims are absent. */
    public static final Layer<Map<Integer, List<Claim>>> CLAIMS = Layer.named("CLAIMS");

    public static final String UNSPECIFIED = "unspecified reports";
    private static final int SOURCE_GAP = WORDS.window("source-gap");
    private static final Set<String> NOT_CLAIMANTS = WORDS.words("not-claimants");

    private final ConflictConfig config;

    public ClaimStage(ConflictConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(LayoutStage.SENTENCES, MentionStage.MENTIONS, TriggerStage.TRIGGERS, TriggerStage.CUES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(CLAIMS);
    }

    @Override
    public void process(Annotation a) {
        Map<Integer, List<Claim>> out = new HashMap<>();
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            List<Claim> claims = claims(a, s);
            if (claims.isEmpty()) {
                continue;
            }
            int owner = s.index();
            boolean onlyDisputes = claims.stream().allMatch(c -> c.stance() == Stance.DENIES || c.stance() == Stance.BLAMES_OTHER_SIDE);
            if (onlyDisputes && a.get(TriggerStage.TRIGGERS).get(s.index()).isEmpty() && s.index() > 0
                    && a.get(LayoutStage.SENTENCES).get(s.index() - 1).paragraph() == s.paragraph()) {
                owner = s.index() - 1;
            }
            out.computeIfAbsent(owner, k -> new ArrayList<>()).addAll(claims);
        }
        a.put(CLAIMS, Map.copyOf(out));
    }

    private List<Claim> claims(Annotation a, Sentence s) {
        List<Cues.Cue> found = a.get(TriggerStage.CUES).get(s.index());
        if (found.isEmpty()) {
            return List.of();
        }
        List<ActorMention> actors = a.get(MentionStage.MENTIONS).get(s.index()).actors();
        Evidence evidence = a.document().evidence(s.span());
        List<Claim> claims = new ArrayList<>();
        for (Cues.Cue c : found) {
            switch (c.kind()) {
                case ASSERT, DENY, BLAME -> {
                    String who = sourceOf(s.tokens(), actors, c);
                    if (who == null) {
                        continue;
                    }
                    Stance stance = switch (c.kind()) {
                        case DENY -> Stance.DENIES;
                        case BLAME -> Stance.BLAMES_OTHER_SIDE;
                        default -> Stance.ASSERTS;
                    };
                    if (c.kind() == Cues.Kind.ASSERT && isAlsoDispute(found, c)) {
                        continue;
                    }
                    add(claims, new Claim(who, stance, evidence));
                }
                case HEDGE -> add(claims, new Claim(UNSPECIFIED, Stance.ASSERTS, evidence));
                case FALSE -> {
                    if (!Cues.any(found, Cues.Kind.DENY)) {
                        add(claims, new Claim(null, Stance.CALLED_FALSE, evidence));
                    }
                }
                default -> { }
            }
        }
        if (claims.stream().anyMatch(c -> c.stance() == Stance.ASSERTS && !UNSPECIFIED.equals(c.claimant()))) {
            claims.removeIf(c -> UNSPECIFIED.equals(c.claimant()));
        }
        return claims;
    }

    private static boolean isAlsoDispute(List<Cues.Cue> found, Cues.Cue c) {
        return found.stream().anyMatch(o -> o != c && o.from() == c.from()
                && (o.kind() == Cues.Kind.DENY || o.kind() == Cues.Kind.BLAME));
    }

    private static void add(List<Claim> claims, Claim claim) {
        boolean seen = claims.stream().anyMatch(c -> c.stance() == claim.stance()
                && java.util.Objects.equals(c.claimant(), claim.claimant()));
        if (!seen) {
            claims.add(claim);
        }
    }

    /** The actor right before the cue ("X said"), or right after "according to" / "by". */
    private String sourceOf(List<Token> tokens, List<ActorMention> actors, Cues.Cue cue) {
        boolean according = tokens.get(cue.from()).key().equals("according");
        ActorMention best = null;
        for (ActorMention m : actors) {
            if (m.role() != null && NOT_CLAIMANTS.contains(m.role())) {
                continue;
            }
            if (according) {
                if (m.from() >= cue.to() && m.from() - cue.to() <= 1) {
                    best = m;
                    break;
                }
            } else if (m.to() <= cue.from() && cue.from() - m.to() <= SOURCE_GAP) {
                best = m;
            } else if (best == null && cue.to() < tokens.size() && tokens.get(cue.to()).key().equals("by")
                    && m.from() >= cue.to() + 1 && m.from() - cue.to() <= 2) {
                best = m; // "denied by Baku"
            }
        }
        if (best == null) {
            return null;
        }
        if (best.bareCountry()) {
            return config.actorFor(best.country(), "government").map(ConflictConfig.ActorEntry::name).orElse(best.country());
        }
        return best.actor();
    }
}
