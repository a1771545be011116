package org.borderwatch.extract.frame;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerClass;
import org.borderwatch.extract.config.WordLists;

/**
 * Decides a sentence's sub-event type from its triggers, after ACLED's hierarchy: violence first
 * (attacks on civilians, then fighting, then one-sided remote violence), then strategic developments
 * from the most specific (arrests, bases, territory) to the most general (other).
 */
public final class EventTyper {
    private static final WordLists WORDS = WordLists.english();

    private static final Set<String> DRONE_WORDS = WORDS.words("drone-words");
    private static final Set<String> ARTILLERY_WORDS = WORDS.words("artillery-words");
    /** Who fights when crowds do not: soldiers, guards, units (not the police, whom protesters clash with). */
    private static final Set<String> ARMED_PARTY_WORDS = WORDS.words("armed-party-words");
    /** People in a crowd: "residents", "villagers". */
    private static final Set<String> CROWD_PARTY_WORDS = WORDS.words("crowd-party-words");
    /** Words that start another clause between a crowd and a fight: "villagers fled as gunmen clashed". */
    private static final Set<String> CLAUSE_BREAKS = WORDS.words("crowd-clause-breaks");
    private static final Set<String> FORCE_WORDS = WORDS.words("force-words");
    /** What denies a force word just before it: "without any fighting", "no shots fired". */
    private static final Set<String> FORCE_NEGATORS = WORDS.words("force-negators");
    private static final int FORCE_NEGATION_REACH = 3;
    /** The means by which police break up a crowd: "stun grenades", "water cannon", "dispersed" (and "tear gas"). */
    private static final Set<String> CROWD_CONTROL_WORDS = WORDS.words("crowd-control-words");
    private static final Set<String> ONE_SIDED_FIRE = WORDS.words("one-sided-fire-heads");
    private static final Set<String> INSTRUMENT_WORDS = WORDS.words("instrument-words");
    private static final Set<String> LIGHT_ARMS_WORDS = WORDS.words("light-arms-words");
    private static final Set<String> FIRE_WORDS = Set.of("fire", "fired", "firing");
    private static final Set<String> MUNITION_NOUNS = WORDS.words("munition-nouns");
    private static final Set<String> HEAVY_ARMS_PHRASES = WORDS.words("heavy-arms-phrases");
    private static final Set<String> MILITARY_TARGET_WORDS = WORDS.words("heavy-arms-targets");
    private static final int TARGET_REACH = WORDS.window("heavy-arms-target-reach");
    private static final int INSTRUMENT_REACH = WORDS.window("instrument-reach");
    private static final Set<String> BLOCKADE_STEMS = WORDS.words("blockade-stems");
    private static final Set<String> TOLD_AGREEMENT_STEMS = WORDS.words("told-agreement-stems");
    private static final Set<String> TOLD_AGREEMENT_PARTS = WORDS.words("told-agreement-parts");

    /** A sub-event type and the rule that chose it. */
    public record Typed(SubEventType type, TypeRule rule) {
    }

    /** Acts a fight may be the setting of: property burned, people moved out or roads shut "during the fighting". */
    private static final Set<TriggerClass> SET_IN_A_FIGHT = EnumSet.of(TriggerClass.DESTRUCTION, TriggerClass.MEASURE);

    private static final Set<String> POSITION_WORDS = WORDS.words("position-words");
    private static final Set<String> SOLDIER_HARM_WORDS = WORDS.words("soldier-harm-words");
    private static final Set<String> SOLDIER_WORDS = WORDS.words("soldier-words");

    /** How far apart a word of harm and the soldiers it harmed may stand: "killing four Northian servicemen". */
    private static final int HARMED_SOLDIER_REACH = 4;

    /**
     * Whether the sentence names positions and soldiers killed or wounded right beside the word of harm ("killing four
     * servicemen", "two soldiers were wounded"): the toll of a fight at those positions (troops who fired and wounded
     * a civilian harmed no soldier).
     */
    private static boolean soldiersHarmedAtPositions(List<Token> tokens) {
        if (!Sentence.anyKeyIn(tokens, 0, tokens.size(), POSITION_WORDS)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (SOLDIER_HARM_WORDS.contains(tokens.get(i).key()) && (Sentence.anyKeyIn(tokens, i + 1, i + 1 + HARMED_SOLDIER_REACH, SOLDIER_WORDS)
                    || Sentence.anyKeyIn(tokens, Math.max(0, i - HARMED_SOLDIER_REACH), i, SOLDIER_WORDS))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a post, position or soldiers stand as the target within a few words after {@code from}. */
    private static boolean militaryTargetAfter(List<Token> tokens, int from) {
        return Sentence.anyKeyIn(tokens, from, from + TARGET_REACH, MILITARY_TARGET_WORDS);
    }

    /**
     * Fire whose own words name a heavy weapon ("were firing artillery at"), one-sided fire whose subject is one
     * ("rockets fired from across the border struck ..."), or one-sided fire the sentence says was delivered with
     * one ({@code heavyMeans}: "came under fire, including with artillery"). An exchange stays a fight whatever is
     * exchanged: "exchanged artillery fire" is a clash.
     */
    private static boolean namesHeavyWeapon(Trigger t, List<Token> tokens, boolean heavyMeans) {
        if (t.from() >= tokens.size() || exchangeWord(tokens.get(t.from()).key()) || exchangeWord(tokens.get(t.to() - 1).key())) {
            return false;
        }
        for (int i = t.from(); i < t.to() && i < tokens.size(); i++) {
            if (ARTILLERY_WORDS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        boolean oneSided = ONE_SIDED_FIRE.contains(tokens.get(t.from()).key());
        // "shells fired from ...", and "mortar rounds fired from ...": the gun named before its rounds
        int subject = t.from() > 1 && MUNITION_NOUNS.contains(tokens.get(t.from() - 1).key()) ? t.from() - 2 : t.from() - 1;
        boolean weaponSubject = subject >= 0 && ARTILLERY_WORDS.contains(tokens.get(subject).key());
        return oneSided && (heavyMeans || weaponSubject);
    }

    /** "artillery duels", "exchanges of mortar fire": fire both ways is a fight whatever the weapon. */
    private static boolean exchange(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> exchangeWord(t.key()) || t.key().startsWith("duel"));
    }

    /** "exchanged", "traded": fire that went both ways, a fight whatever the guns. */
    private static boolean exchangeWord(String key) {
        return key.startsWith("exchang") || TRADE_WORDS.contains(key);
    }

    private static final Set<String> TRADE_WORDS = WORDS.words("trade-words");

    private static final Set<String> RECIPROCALS = WORDS.words("reciprocal-phrases");
    private static final Set<String> FIGHT_NOUNS = WORDS.words("fight-nouns");
    private static final int RECIPROCAL_REACH = WORDS.window("reciprocal-reach");

    /** "fired at each other", "shot at one another": both sides are the shooters, named right after the fire. */
    private static boolean reciprocal(List<Trigger> triggers, List<Token> tokens) {
        return triggers.stream().filter(t -> t.triggerClass() == TriggerClass.CLASH).anyMatch(t -> {
            for (int i = t.to(); i + 1 < tokens.size() && i <= t.to() + RECIPROCAL_REACH; i++) {
                if (RECIPROCALS.contains(tokens.get(i).key() + " " + tokens.get(i + 1).key())) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * "with artillery", "using mortars and drones", "with heavy weapons", "fire from artillery": a heavy weapon named as
     * the means. Fire
     * "with small arms and mortars" is a firefight that heavier weapons joined, not a strike from afar: light arms
     * among the means keep it a clash. "Heavy weapons" name no gun, and fire with them at posts or positions named
     * right after stays a fight between forces; at villages it is shelling.
     */
    private static boolean withHeavyWeapon(List<Token> tokens) {
        boolean heavy = false;
        for (int i = 0; i < tokens.size(); i++) {
            // "opened fire from artillery in the direction of the towns": "from" a gun right after the fire names the
            // means, not the origin ("sheltering from rockets" names none); from guns at posts or positions, it stays a
            // fight, as bulletins code it
            boolean fromAGun = i > 0 && FIRE_WORDS.contains(tokens.get(i - 1).key()) && tokens.get(i).key().equals("from")
                    && i + 1 < tokens.size() && ARTILLERY_WORDS.contains(tokens.get(i + 1).key())
                    && !militaryTargetAfter(tokens, i + 2);
            if (!INSTRUMENT_WORDS.contains(tokens.get(i).key()) && !fromAGun) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + INSTRUMENT_REACH); j++) {
                if (LIGHT_ARMS_WORDS.contains(tokens.get(j).key())) {
                    return false;
                }
                heavy |= ARTILLERY_WORDS.contains(tokens.get(j).key()) || j + 1 < tokens.size()
                        && HEAVY_ARMS_PHRASES.contains(tokens.get(j).key() + " " + tokens.get(j + 1).key())
                        && !militaryTargetAfter(tokens, j + 2);
            }
        }
        return heavy;
    }

    /**
     * "Fighting in the two regions killed forty people": when the first violent word is a noun for a fight between
     * forces, the dead are the fight's toll, whoever they were, not the targets of a one-sided attack.
     */
    private static boolean fightFirst(List<Trigger> triggers, List<Token> tokens) {
        Trigger first = triggers.stream().filter(t -> t.triggerClass().violent())
                .min(java.util.Comparator.comparingInt(Trigger::from)).orElse(null);
        // the head of the trigger's words: "fighting" in "heavy fighting"
        return first != null && first.triggerClass() == TriggerClass.CLASH && FIGHT_NOUNS.contains(tokens.get(first.to() - 1).key())
                && triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.CASUALTY && t.from() > first.from())
                || killedInAFight(triggers, tokens);
    }

    /** "200 people were killed in a day of fighting": harm told first, then the fight it happened in. */
    private static boolean killedInAFight(List<Trigger> triggers, List<Token> tokens) {
        for (Trigger harm : triggers) {
            if (harm.triggerClass() != TriggerClass.CASUALTY) {
                continue;
            }
            for (Trigger fight : triggers) {
                if (fight.triggerClass() != TriggerClass.CLASH || fight.from() <= harm.to()
                        || fight.from() - harm.to() > FIGHT_AFTER_HARM_REACH
                        || !FIGHT_NOUNS.contains(tokens.get(fight.to() - 1).key())) {
                    continue;
                }
                List<Token> between = tokens.subList(harm.to(), fight.from());
                boolean inTheFight = between.stream().anyMatch(t -> t.key().equals("in") || t.key().equals("during"));
                boolean sameClause = between.stream().noneMatch(t -> t.key().equals(";") || t.key().equals(":"));
                if (inTheFight && sameClause) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words may stand between the harm and "in ... fighting": "killed in little more than a day of fighting". */
    private static final int FIGHT_AFTER_HARM_REACH = 8;

    /**
     * Whether a protest and a clash are told in one clause ("protesters clashed with the police"), not side by side ("as
     * protesters rallied in the capital, fighting flared at the border").
     */
    private static boolean protestClash(List<Trigger> triggers, List<Token> tokens) {
        for (Trigger protest : triggers) {
            for (Trigger clash : triggers) {
                if (protest.triggerClass() == TriggerClass.PROTEST && clash.triggerClass() == TriggerClass.CLASH
                        && !Sentence.anyKeyIn(tokens, Math.min(protest.to(), clash.to()), Math.max(protest.from(), clash.from()),
                        CLAUSE_BREAKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far before its verb of fighting a crowd may be named as its subject: "residents of Kesta and Lorva clashed". */
    private static final int CROWD_SUBJECT_REACH = 6;

    /**
     * Whether crowds are the fight's parties: named after "between" ("clashes between villagers"), or as the subject of
     * a verb of fighting with nothing that starts another clause in between ("residents of X and Y clashed"). Residents
     * who tell of a fight, hear it, flee it or are caught in it are not its parties.
     */
    private static boolean crowdsFight(List<Trigger> triggers, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!CROWD_PARTY_WORDS.contains(tokens.get(i).key())) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).key().equals("between")) {
                return true;
            }
            for (Trigger t : triggers) {
                boolean verb = t.triggerClass() == TriggerClass.CLASH && tokens.get(t.from()).key().endsWith("ed");
                if (verb && t.from() > i && t.from() - i <= CROWD_SUBJECT_REACH
                        && !Sentence.anyKeyIn(tokens, i + 1, t.from(), CLAUSE_BREAKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The type and the rule that chose it, or null when the triggers make no event.
     *
     * @param civilianTarget the sentence names civilians (or their homes) as the target
     * @param inRegion       the sentence is set in a region held by a non-state actor
     */
    public Typed typed(List<Trigger> triggers, List<Token> tokens, boolean civilianTarget, boolean inRegion) {
        Set<TriggerClass> classes = EnumSet.noneOf(TriggerClass.class);
        // "were firing artillery at the positions": fire whose own words name a heavy weapon is a strike
        // (but fire at positions that killed or wounded their soldiers is the fight the soldiers were in, whatever the
        // guns: "opened fire on the positions with mortars, killing four servicemen")
        boolean heavyMeans = triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.CLASH)
                && withHeavyWeapon(tokens) && !soldiersHarmedAtPositions(tokens);
        triggers.forEach(t -> classes.add(t.triggerClass() == TriggerClass.CLASH
                && namesHeavyWeapon(t, tokens, heavyMeans) ? TriggerClass.REMOTE : t.triggerClass()));
        // "attacked the positions with artillery and drones": a generic attack whose weapon is remote is a strike
        boolean assaultByWeapon = classes.contains(TriggerClass.ASSAULT) && !classes.contains(TriggerClass.CLASH)
                && (tokens.stream().anyMatch(t -> ARTILLERY_WORDS.contains(t.key())) || namesADrone(tokens, true));
        // "a drone hit the mosque, killing civilians": harm alone, done by a weapon that strikes from afar
        boolean harmByWeapon = classes.equals(EnumSet.of(TriggerClass.CASUALTY)) && !exchange(tokens)
                && (tokens.stream().anyMatch(t -> ARTILLERY_WORDS.contains(t.key()))
                        || namesADrone(tokens, false)); // "air defence" is no weapon that struck
        boolean remote = classes.contains(TriggerClass.REMOTE) || assaultByWeapon || harmByWeapon;
        boolean clash = classes.contains(TriggerClass.CLASH) || classes.contains(TriggerClass.ASSAULT) && !remote;
        boolean mine = classes.contains(TriggerClass.MINE);
        boolean casualty = classes.contains(TriggerClass.CASUALTY);
        // ("took over the villages without any fighting": a force word negated tells that no force was used)
        boolean force = clash || remote || java.util.stream.IntStream.range(0, tokens.size())
                .anyMatch(i -> FORCE_WORDS.contains(tokens.get(i).key()) && !Sentence.anyKeyIn(tokens, i - FORCE_NEGATION_REACH,
                        i, FORCE_NEGATORS));
        Trigger handover = triggers.stream().filter(t -> t.triggerClass() == TriggerClass.AGREEMENT && verbal(t))
                .findFirst().orElse(null);
        List<Trigger> violence = triggers.stream()
                .filter(t -> t.triggerClass().violent() || t.triggerClass() == TriggerClass.CAPTURE).toList();
        if (handover != null && !violence.isEmpty() && violence.stream().allMatch(t -> t.from() > handover.from())) {
            // "freed ten soldiers captured in the fighting that killed 13": the fighting is the captives' past; "the
            // statement signed on 9 May bound the parties to exchange hostages and detained persons": what it settles
            return new Typed(SubEventType.AGREEMENT, TypeRule.ACCORD_FIRST);
        }
        // "Shusha is retaken", "the city is cleared of the occupiers": words of retaking tell the force and the ground
        // held by another before, wherever it lies
        if (classes.contains(TriggerClass.TERRITORY) && (inRegion && force && takesControl(triggers) || retaking(triggers))) {
            return new Typed(SubEventType.GOVERNMENT_REGAINS_TERRITORY, TypeRule.REGAINS_TERRITORY);
        }
        // a mine that kills civilians is still a mine blast (ACLED: remote explosive, civilians as the target)
        // "the patrols shot at one another by the mill, and two barns burned": fire between forces that harmed homes is a fight
        boolean mutualFire = classes.contains(TriggerClass.CLASH)
                && (exchange(tokens) || reciprocal(triggers, tokens) || fightFirst(triggers, tokens));
        boolean armed = tokens.stream().anyMatch(t -> ARMED_PARTY_WORDS.contains(t.key()));
        if (classes.contains(TriggerClass.CLASH) && !remote && !armed && protestClash(triggers, tokens)) {
            // "protesters clashed with the police": a protest met by force, not a battle
            return new Typed(SubEventType.PROTEST_WITH_INTERVENTION, TypeRule.PROTEST_MET_BY_FORCE);
        }
        if (classes.contains(TriggerClass.CLASH) && !remote && !armed && !casualty && crowdsFight(triggers, tokens)) {
            // "a quarrel over water led to clashes between residents of Kesta and Tarn": crowds, not forces
            return new Typed(SubEventType.MOB_VIOLENCE, TypeRule.CROWDS);
        }
        boolean crowds = Sentence.anyKeyIn(tokens, 0, tokens.size(), CROWD_PARTY_WORDS);
        if (classes.contains(TriggerClass.RIOT) && crowds && !remote && !casualty && !mutualFire) {
            // "residents of both villages clashed, throwing stones", even where guards fired after: stones thrown by crowds
            return new Typed(SubEventType.MOB_VIOLENCE, TypeRule.CROWDS);
        }
        List<Trigger> acts = triggers.stream().filter(t -> SET_IN_A_FIGHT.contains(t.triggerClass())).toList();
        if (!acts.isEmpty() && !casualty && !remote && !mine && FightSetting.onlyNamesTheFight(triggers, tokens)) {
            // "as the fighting reached X, troops set fire to homes", "residents were evacuated as the fighting spread": the
            // fight is the act's time, and the act (no harm to people told) is what the sentence reports
            Typed act = typed(acts, tokens, civilianTarget, inRegion);
            if (act != null) {
                return new Typed(act.type(), TypeRule.FIGHT_AS_SETTING);
            }
        }
        if ((clash || casualty || remote) && civilianTarget && !remote && !(mine && !clash) && !mutualFire) {
            return new Typed(SubEventType.ATTACK, TypeRule.CIVILIAN_TARGET);
        }
        if (clash) {
            return new Typed(SubEventType.ARMED_CLASH, TypeRule.CLASH);
        }
        if (mine && !remote) {
            return new Typed(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, TypeRule.MINE);
        }
        if (remote) {
            // "artillery and drones pounded ...": drones beside guns are part of a shelling
            boolean drones = namesADrone(tokens, true);
            boolean guns = tokens.stream().anyMatch(t -> ARTILLERY_WORDS.contains(t.key()));
            return drones && !guns ? new Typed(SubEventType.AIR_DRONE_STRIKE, TypeRule.DRONE_STRIKE)
                    : new Typed(SubEventType.SHELLING_ARTILLERY_MISSILE, TypeRule.SHELLING);
        }
        // "6 soldiers killed and 13 captured": prisoners taken where soldiers died were taken in a fight
        if (casualty || classes.contains(TriggerClass.CAPTURE) && !onlyCapture(tokens)) {
            return new Typed(SubEventType.ARMED_CLASH, TypeRule.HARM_IN_FIGHT);
        }
        if (triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.AGREEMENT && verbal(t))) {
            return new Typed(SubEventType.AGREEMENT, TypeRule.VERBAL_AGREEMENT);
        }
        if (classes.contains(TriggerClass.RIOT)) {
            return new Typed(SubEventType.MOB_VIOLENCE, TypeRule.CROWDS);
        }
        if (classes.contains(TriggerClass.PROTEST) && blockade(triggers)) {
            return new Typed(SubEventType.OTHER, TypeRule.BLOCKADE); // a road closed by a sit-in is a blockade first
        }
        if (classes.contains(TriggerClass.PROTEST) && (classes.contains(TriggerClass.CAPTURE)
                || crowdControl(tokens))) {
            return new Typed(SubEventType.PROTEST_WITH_INTERVENTION, TypeRule.PROTEST_INTERVENED);
        }
        if (classes.contains(TriggerClass.INTERCEPT)) {
            return new Typed(SubEventType.DISRUPTED_WEAPONS_USE, TypeRule.DISRUPTED_WEAPON);
        }
        if (classes.contains(TriggerClass.CAPTURE)) {
            return new Typed(SubEventType.ARRESTS, TypeRule.CAPTURE);
        }
        if (classes.contains(TriggerClass.BASE)) {
            return new Typed(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, TypeRule.BASE);
        }
        if (classes.contains(TriggerClass.DESTRUCTION)) {
            return new Typed(SubEventType.LOOTING_PROPERTY_DESTRUCTION, TypeRule.DESTRUCTION);
        }
        if (classes.contains(TriggerClass.TERRITORY)) {
            return new Typed(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, TypeRule.TERRITORY);
        }
        if (classes.contains(TriggerClass.MOBILISATION)) {
            return new Typed(SubEventType.CHANGE_TO_GROUP_ACTIVITY, TypeRule.MOBILISATION);
        }
        if (classes.contains(TriggerClass.PROTEST)) {
            return new Typed(SubEventType.PEACEFUL_PROTEST, TypeRule.PROTEST);
        }
        if (classes.contains(TriggerClass.APPEAL) || classes.contains(TriggerClass.DIPLOMACY)
                || classes.contains(TriggerClass.MEASURE)) {
            return new Typed(SubEventType.OTHER, TypeRule.STRATEGIC_OTHER);
        }
        if (classes.contains(TriggerClass.AGREEMENT)) {
            return new Typed(SubEventType.AGREEMENT, TypeRule.AGREEMENT_NOUN);
        }
        return null;
    }

    /** "agreed", "signed", "was reached", "freed", "a swap": the agreement is the news, not a thing a meeting mentions. */
    private static boolean verbal(Trigger t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return TOLD_AGREEMENT_STEMS.stream().anyMatch(w::startsWith) || TOLD_AGREEMENT_PARTS.stream().anyMatch(w::contains);
    }

    /**
     * A drone named as such, or by its long name: "strikes by unmanned aerial vehicles" ("an unmanned post" is none);
     * with {@code airCounts} false, "air" alone ("air defence") does not name one.
     */
    private static boolean namesADrone(List<Token> tokens, boolean airCounts) {
        for (int i = 0; i < tokens.size(); i++) {
            String k = tokens.get(i).key();
            if (DRONE_WORDS.contains(k) && (airCounts || !k.equals("air"))
                    || k.equals("unmanned") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("aerial")) {
                return true;
            }
        }
        return false;
    }

    /** A measure that shuts a road: blocked, closed, or a camp set up or tents pitched on it. */
    private static boolean blockade(List<Trigger> triggers) {
        return triggers.stream().filter(t -> t.triggerClass() == TriggerClass.MEASURE)
                .map(t -> t.text().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(text -> BLOCKADE_STEMS.stream().anyMatch(text::startsWith));
    }

    /** Words that open a taking of ground by force: "seized", "took", "occupied", "overran". */
    private static final List<String> CONTROL_TAKING_STEMS = List.of("seiz", "took", "occup", "overr");

    private static boolean takesControl(List<Trigger> triggers) {
        return triggers.stream().filter(t -> t.triggerClass() == TriggerClass.TERRITORY)
                .map(t -> t.text().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> w.contains("control") || CONTROL_TAKING_STEMS.stream().anyMatch(w::startsWith));
    }

    /** A crowd-control word, or "tear" before "gas" ("tear" alone may be a wound's or a grief's). */
    private static boolean crowdControl(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String k = tokens.get(i).key();
            if (CROWD_CONTROL_WORDS.contains(k) || k.equals("tear") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("gas")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RETAKING_WORDS = WORDS.words("retaking-words");

    private static boolean retaking(List<Trigger> triggers) {
        return triggers.stream().filter(t -> t.triggerClass() == TriggerClass.TERRITORY)
                .anyMatch(t -> java.util.Arrays.stream(t.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")).anyMatch(RETAKING_WORDS::contains));
    }

    private static boolean onlyCapture(List<Token> tokens) {
        return tokens.stream().noneMatch(t -> t.key().equals("killed") || t.key().equals("wounded")
                || t.key().equals("died") || t.key().equals("injured") || t.key().equals("dead"));
    }
}
