package org.borderwatch.extract.frame;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.mention.ActorMention;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerClass;
import org.borderwatch.extract.config.WordLists;

/**
 * Decides actor1 and actor2 of a frame: the agent (a "by X" phrase, else the nearest actor before the
 * trigger, the first of coordinated ones), the other party, the other side's forces for one-sided
 * accounts of fighting, a region's local forces, and civilians named after where they were attacked.
 */
final class EventActors {
    private static final WordLists WORDS = WordLists.english();

    private static final Set<String> CLAIMANT_ROLES = WORDS.words("claimant-roles");

    private final ConflictConfig config;

    EventActors(ConflictConfig config) {
        this.config = config;
    }

    /** actor1 and actor2: the agent (a "by X" phrase, else the first actor before the trigger) and the other party. */
    String[] actors(Sentence s, SentenceMentions m, List<Trigger> triggers, SubEventType type, boolean inRegion,
                            boolean civilianTarget, List<String> places, List<String> cueCountries) {
        boolean forceEvent = type.type() != org.borderwatch.domain.EventType.STRATEGIC_DEVELOPMENTS
                || type == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY || type == SubEventType.ARRESTS
                || type == SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED;
        List<ActorMention> parties = m.actors().stream()
                .filter(a -> a.role() == null || !CLAIMANT_ROLES.contains(a.role()))
                .filter(a -> !"civilians".equals(a.role()))
                .toList();
        int trigger = triggers.get(0).from();
        ActorMention agent = null;
        for (ActorMention a : parties) {
            if (a.from() > 0 && s.tokens().get(a.from() - 1).key().equals("by")) {
                agent = a;
                break;
            }
        }
        boolean agentNamedByBy = agent != null;
        // "an Armenian soldier was killed": the subject is who was harmed, the attacker is the other side
        ActorMention victim = agent == null && passiveHarm(s, triggers)
                ? parties.stream().filter(a -> a.to() <= trigger).reduce((first, second) -> second).orElse(null)
                : null;
        if (victim != null) {
            String harmed = resolve(victim, forceEvent);
            String attacker = parties.stream().filter(a -> a != victim).map(a -> resolve(a, forceEvent))
                    .filter(n -> n != null && !n.equals(harmed)).findFirst().orElse(opponent(harmed, inRegion));
            return new String[] {attacker, harmed};
        }
        if (agent == null) {
            // "During a call with X, Y said ...", "Y apologised to X": whoever is met, called or addressed is the counterpart
            List<ActorMention> subjects = parties.stream().filter(a -> !withObject(s, a)).toList();
            List<ActorMention> pool = subjects.isEmpty() ? parties : subjects;
            agent = pool.stream().filter(a -> a.to() <= trigger).reduce((first, second) -> second)
                    .orElse(pool.isEmpty() ? null : pool.get(0));
            // "X and Y clashed", "X and his Tajik counterpart Y spoke", "X, Y and Z met": the first of coordinated subjects
            boolean inList = false;
            for (int k = parties.indexOf(agent) - 1; k >= 0 && agent != null; k--) {
                ActorMention before = parties.get(k);
                // a list's commas count only once an "and" has joined its last two ("X, Y and Z")
                if (coordinated(s, before, agent) && (inList || s.tokens().get(before.to()).key().equals("and"))) {
                    inList = true;
                    agent = before;
                } else {
                    break;
                }
            }
        }
        String actor1 = resolve(agent, forceEvent);
        String actor2 = null;
        for (ActorMention a : parties) {
            String name = resolve(a, forceEvent);
            if (a != agent && name != null && !name.equals(actor1)) {
                actor2 = name;
                break;
            }
        }
        String hostile = agent != null && !agentNamedByBy && agent.from() >= trigger && hostileSubject(s.tokens(), trigger)
                ? opponent(actor1, inRegion) : null;
        if (hostile != null) {
            // "the adversary opened fire at Armenian positions": a side's bulletin names the other only as its enemy,
            // so the side it names after the act is the one fired on ("shelled by X" names its doer, and stays)
            actor2 = actor1;
            actor1 = hostile;
        }
        if (type.type() == org.borderwatch.domain.EventType.BATTLES && actor1 != null && actor2 == null) {
            actor2 = opponent(actor1, inRegion);
        }
        if (type.type() == org.borderwatch.domain.EventType.BATTLES && inRegion) {
            actor2 = localForcesFor(actor2);
        }
        if (type == SubEventType.AGREEMENT) {
            return agreementParties(actor1, actor2);
        }
        if (civilianTarget && type.type() != org.borderwatch.domain.EventType.BATTLES) {
            String country = !cueCountries.isEmpty() ? cueCountries.get(0)
                    : places.stream().map(p -> config.place(p).map(ConflictConfig.PlaceEntry::country).orElse(null))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (country != null) {
                actor2 = config.actorFor(country, "civilians").map(ConflictConfig.ActorEntry::name).orElse(actor2);
            }
        }
        return new String[] {actor1, actor2};
    }

    private static final Set<String> HOSTILE_NOUNS = WORDS.words("hostile-side-nouns");

    /**
     * Whether the words before the act name its doer only as "the enemy" or "the adversary" (not "the enemy's
     * positions", which names what was hit).
     */
    private static boolean hostileSubject(List<org.borderwatch.extract.layout.Token> tokens, int trigger) {
        for (int i = 0; i < trigger; i++) {
            boolean possessive = i + 1 < tokens.size() && tokens.get(i + 1).key().equals("'s"); // keys straighten apostrophes
            if (HOSTILE_NOUNS.contains(tokens.get(i).key()) && !possessive) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIST_LINKS = Set.of("and", ",");

    /** Words that may open the second of two coordinated parties: "X and his counterpart Y", "X and the Y". */
    private static final Set<String> COORDINATED_TITLE_WORDS = WORDS.words("coordinated-title-words");

    /**
     * Whether the second mention is joined to the first by "and" or a list's comma, over the article, possessive and title
     * words of its own noun phrase ("Minister A and his Southian counterpart B": capitalised words and
     * other actor mentions are allowed between too).
     */
    private static boolean coordinated(Sentence s, ActorMention first, ActorMention second) {
        if (first.to() >= second.from() || !LIST_LINKS.contains(s.tokens().get(first.to()).key())) {
            return false;
        }
        for (int i = first.to() + 1; i < second.from(); i++) {
            var token = s.tokens().get(i);
            if (!token.isCapitalised() && !COORDINATED_TITLE_WORDS.contains(token.key())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OBJECT_PREPOSITIONS = WORDS.words("object-prepositions");
    /** Verbs whose object is the one appealed to: "asked the alliance", "urged Y". */
    private static final Set<String> ADDRESSING_VERBS = WORDS.words("addressing-verbs");

    /**
     * Whether the mention is the object of "with" or "to" ("talks with the Russian president", "a call with
     * Kazakh President X", "apologised to X") or of a verb of appeal ("asked the alliance"), over the titles and
     * article between them: never the one acting.
     */
    private static boolean withObject(Sentence s, ActorMention a) {
        int i = a.from() - 1;
        for (int skipped = 0; i >= 0 && skipped < 4 && (s.tokens().get(i).isCapitalised() || s.tokens().get(i).key().equals("the")); skipped++) {
            i--;
        }
        return i >= 0 && (OBJECT_PREPOSITIONS.contains(s.tokens().get(i).key()) || ADDRESSING_VERBS.contains(s.tokens().get(i).key()));
    }

    /** Whether the sentence tells its violence first as harm suffered: "was killed", "were wounded in clashes". */
    private static boolean passiveHarm(Sentence s, List<Trigger> triggers) {
        if (triggers.get(0).triggerClass() != TriggerClass.CASUALTY) {
            return false;
        }
        int at = triggers.get(0).from();
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            String k = s.tokens().get(i).key();
            if (k.equals("was") || k.equals("were") || k.equals("been")) {
                return true;
            }
        }
        return false;
    }

    /** Accords are between governments; when the text names fewer than two parties, the two sides'. */
    private String[] agreementParties(String actor1, String actor2) {
        String first = governmentOf(actor1);
        String second = governmentOf(actor2);
        List<String> sideGovernments = config.sides().stream()
                .map(c -> config.actorFor(c, "government").map(ConflictConfig.ActorEntry::name).orElse(null))
                .filter(Objects::nonNull).toList();
        if (sideGovernments.size() == 2) {
            if (first == null) {
                first = sideGovernments.get(0);
            }
            if (second == null || second.equals(first)) {
                second = sideGovernments.get(0).equals(first) ? sideGovernments.get(1)
                        : sideGovernments.get(1).equals(first) ? sideGovernments.get(0) : second;
            }
        }
        return new String[] {first, second};
    }

    private String governmentOf(String actor) {
        if (actor == null) {
            return null;
        }
        return config.actorNamed(actor)
                .filter(a -> "military".equals(a.role()) && a.country() != null)
                .flatMap(a -> config.actorFor(a.country(), "government"))
                .map(ConflictConfig.ActorEntry::name).orElse(actor);
    }

    private String resolve(ActorMention a, boolean forceEvent) {
        if (a == null) {
            return null;
        }
        if (!a.bareCountry()) {
            if (forceEvent && "government".equals(a.role()) && a.country() != null && config.sides().contains(a.country())) {
                return config.actorFor(a.country(), "military").map(ConflictConfig.ActorEntry::name).orElse(a.actor());
            }
            return a.actor();
        }
        String role = forceEvent ? "military" : "government";
        return config.actorFor(a.country(), role).or(() -> config.actorFor(a.country(), "government"))
                .map(ConflictConfig.ActorEntry::name).orElse(null);
    }

    /** In a two-sided conflict, the other side's forces. */
    private String opponent(String actor1, boolean inRegion) {
        String country = config.actorNamed(actor1).map(ConflictConfig.ActorEntry::country).orElse(null);
        if (country == null || config.sides().size() != 2 || !config.sides().contains(country)) {
            return null;
        }
        String other = config.sides().get(0).equals(country) ? config.sides().get(1) : config.sides().get(0);
        return config.actorFor(other, "military").map(ConflictConfig.ActorEntry::name).orElse(null);
    }

    /** Inside a region held by a non-state actor, the holder's forces are that actor. */
    private String localForcesFor(String actor) {
        if (actor == null) {
            return null;
        }
        String country = config.actorNamed(actor).map(ConflictConfig.ActorEntry::country).orElse(null);
        for (ConflictConfig.Region r : config.regions()) {
            if (r.heldBy() != null && r.heldBy().equals(country) && r.localForces() != null
                    && config.actorNamed(actor).map(e -> "military".equals(e.role())).orElse(false)) {
                return r.localForces();
            }
        }
        return actor;
    }
}
