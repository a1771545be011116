package org.borderwatch.extract.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.Casualties;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Decision;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Evidence;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Measure;
import org.borderwatch.domain.Stance;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.claim.ClaimStage;
import org.borderwatch.extract.config.ConflictConfig;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.frame.EventFrame;
import org.borderwatch.extract.frame.FightSetting;
import org.borderwatch.extract.frame.FrameRule;
import org.borderwatch.extract.frame.FrameStage;
import org.borderwatch.extract.frame.TypeRule;
import org.borderwatch.extract.layout.EntryTitles;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.CasualtyCount;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;
import org.borderwatch.extract.trigger.Trigger;
import org.borderwatch.extract.trigger.TriggerCandidate;
import org.borderwatch.extract.trigger.TriggerClass;
import org.borderwatch.extract.trigger.TriggerStage;

/**
 * Makes domain events of frames: one event per distinct happening in the document. Frames of the same
 * type and date in one paragraph, where the later one adds no new place, are one event mentioned
 * twice, and are merged (the text's "three soldiers were killed" after "clashes erupted").
 */
public final class ReportStage implements Stage {
    private static final WordLists WORDS = WordLists.english();

    /** The document's events, one per distinct happening, in the order their first frames appear. */
    public static final Layer<List<Event>> EVENTS = Layer.named("EVENTS");

    private static final int NOTE_LENGTH = 300;

    private final UmbrellaReports umbrellas;
    private final ConflictConfig config;

    public ReportStage(ConflictConfig config) {
        this.config = config;
        this.umbrellas = new UmbrellaReports(config::unitWord, name -> config.place(name).map(ConflictConfig.PlaceEntry::country));
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(LayoutStage.PARAGRAPHS, LayoutStage.SENTENCES, MentionStage.MENTIONS, MentionStage.STAMPED_DAYS,
                TriggerStage.CANDIDATES, FrameStage.FRAMES, ClaimStage.CLAIMS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(EVENTS);
    }

    @Override
    public void process(Annotation a) {
        List<List<EventFrame>> groups = new ArrayList<>();
        for (EventFrame f : a.get(FrameStage.FRAMES)) {
            MergeRule rule = null;
            List<EventFrame> same = null;
            for (List<EventFrame> g : groups) {
                rule = bareTollAfterAct(a, g, f) ? MergeRule.BARE_TOLL_AFTER_ACT : sameEvent(a, g.get(0), f);
                if (rule == MergeRule.RESTATED_IN_STORY && elsewhereThanTold(g, f)) {
                    rule = null; // a placeless lead, then A's account at X, then B's at Y: Y is not X's fight told again
                }
                if (rule == MergeRule.RESTATED_IN_STORY && onAnotherDay(g, f, ReportStage::dayOfItsOwn)) {
                    rule = null; // Tuesday's deaths, then "a provocation on Monday evening": Monday's is its own event
                }
                if (rule == MergeRule.RESTATED_IN_STORY && underAnotherStamp(a, g.get(0), f) && !g.get(0).date().equals(f.date())) {
                    // Monday's post of shells at dawn, Tuesday's of two officers killed today: two reports (Tuesday's
                    // count of "yesterday's fighting" is still Monday's toll)
                    rule = null;
                }
                if (rule != null && inAnotherEntry(a, g, f)) {
                    rule = null; // "Lot 4. Garage, Batken town" over "Damage: ... rockets hit the town": lot 4's own strike
                }
                if (rule == MergeRule.PROTEST_BROKEN_UP && groups.stream().filter(o -> o.get(0).date().equals(f.date())
                        && o.get(0).type().type() == EventType.PROTESTS).count() > 1) {
                    rule = null; // two crowds told that day: the text does not say which one the police met
                }
                if (rule == MergeRule.REFERENCED && onAnotherDay(g, f, x -> !x.reference())) {
                    rule = null; // "The September fighting ... On 14 September ... Two days later ...": one day each
                }
                if (rule != null) {
                    same = g;
                    break;
                }
            }
            if (same != null) {
                // a toll posted elsewhere ("a soldier stationed near X") does not move the fight to X
                boolean toll = violent(f) && tollOfToldFight(a, f) && !same.get(0).places().containsAll(f.places())
                        // "Y said the fighting was caused by provocations in Z": Z is Y's account of the cause, not
                        // a further place of the fight told
                        || rule == MergeRule.REFERS_BACK && !same.get(0).places().isEmpty();
                same.add(merged(toll ? UmbrellaReports.withoutPlaces(f) : f, rule, same.get(0)));
            } else {
                List<EventFrame> g = new ArrayList<>();
                g.add(f);
                groups.add(g);
            }
        }
        groups = absorbSummaries(groups);
        groups = absorbLeads(a, groups);
        groups = absorbEscalations(a, groups);
        groups = umbrellas.absorb(a, groups);
        groups = absorbTitles(a, groups);
        Map<Integer, List<EventFrame>> framesBySentence = new HashMap<>();
        a.get(FrameStage.FRAMES)
                .forEach(f -> framesBySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f));
        List<Event> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<EventFrame> g : groups) {
            Event e = event(a, g, framesBySentence);
            // two acts of one type told in one sentence on one day at one place ("the council met, and the same day
            // the government applied to the alliance") would share an id: the second takes a number
            String id = e.id();
            for (int k = 2; !ids.add(id); k++) {
                id = e.id() + "x" + k;
            }
            events.add(id.equals(e.id()) ? e : e.withId(id));
        }
        a.put(EVENTS, List.copyOf(events));
    }

    /**
     * Whether the frame is the other side's account of another place: it names places and a first actor, and the
     * group, through the frames it already absorbed, names none of those places and only other first actors.
     */
    private static boolean elsewhereThanTold(List<EventFrame> group, EventFrame f) {
        Set<String> told = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        group.forEach(g -> {
            told.addAll(g.places());
            if (g.actor1() != null) {
                actors.add(g.actor1());
            }
        });
        return !told.isEmpty() && !f.places().isEmpty() && f.places().stream().noneMatch(told::contains)
                && f.actor1() != null && !actors.isEmpty() && !actors.contains(f.actor1());
    }

    /**
     * Whether the group already holds a report of another day than the frame's, both counted by {@code counts}:
     * "The September fighting ... On 14 September ... Two days later ..." (a coarser reference joins the first day told,
     * and each later day is an event of its own); Tuesday's deaths, then "a provocation on Monday evening" (the day or
     * so of slack the story-day rule allows is for frames dated only by the story, not for two days their own words state).
     */
    private static boolean onAnotherDay(List<EventFrame> group, EventFrame f, java.util.function.Predicate<EventFrame> counts) {
        return counts.test(f) && group.stream().anyMatch(g -> counts.test(g) && g.date().precision() == DatePrecision.DAY
                && !g.date().equals(f.date()) && !tollOfTheDayBefore(g, f));
    }

    /**
     * Whether the frame and the group's first report open different entries (a tender's lots, a log's cases): one names
     * no place of its own, and the title line over it names places the other was told at none of. Each tells its own
     * entry's act.
     */
    private static boolean inAnotherEntry(Annotation a, List<EventFrame> group, EventFrame f) {
        EventFrame first = group.get(0);
        if (group.stream().anyMatch(g -> g.sentence() == f.sentence())) {
            return false;
        }
        List<String> overF = titlePlaces(a, f);
        List<String> overFirst = titlePlaces(a, first);
        return f.places().isEmpty() && !overF.isEmpty() && group.stream().noneMatch(g -> g.places().stream().anyMatch(overF::contains))
                || first.places().isEmpty() && !overFirst.isEmpty() && !f.places().isEmpty()
                && f.places().stream().noneMatch(overFirst::contains);
    }

    /** The places the entry title right over the frame's sentence names; none when no title stands over it. */
    private static List<String> titlePlaces(Annotation a, EventFrame f) {
        int title = EntryTitles.titleOver(a.get(LayoutStage.PARAGRAPHS), a.get(LayoutStage.SENTENCES), f.sentence());
        return title < 0 ? List.of() : a.get(MentionStage.MENTIONS).get(title).places().stream().map(m -> m.name()).toList();
    }

    /** Whether the two frames' sentences stand under stamps or datelines of different days. */
    private static boolean underAnotherStamp(Annotation a, EventFrame first, EventFrame f) {
        List<java.util.Optional<LocalDate>> stamped = a.get(MentionStage.STAMPED_DAYS);
        java.util.Optional<LocalDate> day = stamped.get(first.sentence());
        return day.isPresent() && stamped.get(f.sentence()).isPresent() && !day.equals(stamped.get(f.sentence()));
    }

    /** A day its own sentence states, not the story's nor one carried from a sentence before. */
    private static boolean dayOfItsOwn(EventFrame f) {
        return f.date().precision() == DatePrecision.DAY && f.decidedBy(Decision.Verdict.DATE, FrameRule.STATED_DATE);
    }

    /** "On 14 September the ministry said two soldiers had been killed in the attack": the day before's toll. */
    private static boolean tollOfTheDayBefore(EventFrame day, EventFrame f) {
        long after = f.date().start().toEpochDay() - day.date().start().toEpochDay();
        return after == 1 && f.casualties().deaths() != null && f.casualties().deaths() > 0;
    }

    /** The frame as absorbed into a group by {@code rule}, the decision recorded on it. */
    static EventFrame merged(EventFrame f, MergeRule rule, EventFrame into) {
        return f.with(rule.decide(Decision.Verdict.MERGE,
                "sentence " + (f.sentence() + 1) + " into the event of sentence " + (into.sentence() + 1)));
    }

    /** The rule by which frame {@code f} tells the event of {@code first} again, or null when it tells another. */
    private static MergeRule sameEvent(Annotation a, EventFrame first, EventFrame f) {
        // a drone strike on a mosque and the shelling of the same village that day are two strikes, not one fight
        boolean twoKindsOfStrike = first.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && first.type() != f.type();
        // a mine or bomb that goes off is set off, not fought: the same day's assault is another happening (a bare
        // toll told after the blast is still the blast's; a toll told before it is the day's fighting, which the blast
        // is not part of)
        boolean firstIsMine = first.type() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
        boolean mineBesideOtherViolence = firstIsMine != (f.type() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED)
                && !(firstIsMine && tollOnly(f));
        boolean bothFighting = violent(first) && violent(f) && !twoKindsOfStrike && !mineBesideOtherViolence;
        EventFrame reference = first.reference() ? first : f.reference() ? f : null;
        EventFrame report = reference == first ? f : first;
        if (reference != null && (bothFighting || first.type() == f.type()) && coarserOrSame(reference.date(), report.date())) {
            return MergeRule.REFERENCED; // "freed soldiers captured in the 16 November clashes", told earlier by day
        }
        // (a denial of fire "on civilian areas" answers the shelling of a town as well as a fight)
        boolean bothHarm = harmful(first) && harmful(f) && !twoKindsOfStrike && !mineBesideOtherViolence;
        if (bothHarm && deniesTheActJustTold(a, first, f)) {
            return MergeRule.DENIAL_OF_TOLD_ACT; // "... missile hit Ganja on 11 October. Armenia denied firing on Ganja."
        }
        if (!bothHarm && first.type() == f.type() && deniesTheSameKindOfAct(a, first, f)) {
            return MergeRule.DENIAL_OF_TOLD_ACT; // "Troops crossed at X on 3 May. Y denies that its men crossed the line."
        }
        if (accordNamedAgain(first, f) || accordNamedAgain(f, first)) {
            return MergeRule.ACCORD_NAMED_AGAIN; // "Late on Thursday the ministers agreed a ceasefire. ... The truce is fragile."
        }
        // a fight known only by its toll is joined by a capture told in its own paragraph only when the two are told
        // together: an arrest at a checkpoint in the next item of a news digest is no capture in that fight
        boolean fightByTollOnly = first.type().type() == EventType.BATTLES ? tollOnly(first) : tollOnly(f);
        if (captureBesideFight(first, f) && (sameParagraph(a, first, f) || newsOfTheDay(a) && !fightByTollOnly)
                && closeDays(first, f)) {
            return MergeRule.CAPTURED_IN_FIGHT; // "12 servicemen were captured", told beside the day's fighting
        }
        if (bothFighting && !tollOnly(first) && tollReportedLater(a, first, f)) {
            return MergeRule.TOLL_REPORTED_LATER; // "The next day the ministries published their losses: ... had been killed"
        }
        // a headline is joined to its story by the headline rule, which looks for the body's report of its own day
        // "fire on the outpost ... Mines fell in the villages of A and B": strikes at places the placeless fight did not
        // name are strikes there, not the fight told again
        // (also "fire on the posts around X ... By midday mortar rounds fell on homes in X and Y")
        boolean strikeAtItsOwnPlaces = !f.places().isEmpty() && !first.places().containsAll(f.places())
                && f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && first.type().type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE;
        // "guns shelled A, B and C ... [a later paragraph] troops fought near D": fighting at a named place after strikes
        // is a fight beside the strikes, not the strikes told again
        boolean fightBesideStrikes = !f.places().isEmpty() && first.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && f.type().type() == EventType.BATTLES;
        // "he died at a position outside X ... [another paragraph] shells fell on X's outskirts, damaging houses": the
        // strike on the town, told with its own place and day, is a strike beside the fight (one line per type, place and
        // day); in the fight's own paragraph it is how the fight was fought ("... had started shelling X")
        boolean strikeBesideFight = !f.places().isEmpty() && first.type().type() == EventType.BATTLES
                && f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && !f.weaklyDated() && !sameParagraph(a, first, f)
                && !strikesTheFightsForces(first, f) && !toldDuringTheFight(a, f);
        if (bothFighting && newsOfTheDay(a) && !inTitle(a, first) && closeDays(first, f) && !strikeAtItsOwnPlaces && !fightBesideStrikes
                && !strikeBesideFight
                && (first.places().isEmpty() || f.places().isEmpty()
                || first.places().stream().anyMatch(f.places()::contains)) && sameOpponents(first, f)) {
            return MergeRule.RESTATED_IN_STORY; // "Seven soldiers were killed in the clashes, the ministry said."
        }
        // "20:10 Protesters gather outside the government ... 22:40 Police push them back": a protest the police later
        // broke up, told placeless that day, is the protest told again, whichever sub-type each report gives (a protest
        // "outside the embassy" is another crowd)
        if (first.type().type() == EventType.PROTESTS && f.type().type() == EventType.PROTESTS && first.type() != f.type()
                && first.date().equals(f.date()) && f.places().isEmpty() && newsOfTheDay(a) && !namesAVenue(a, f)) {
            return MergeRule.PROTEST_BROKEN_UP;
        }
        if (!(first.type() == f.type() || bothFighting) || !first.date().equals(f.date())) {
            return null;
        }
        if (fightBesideStrikes || strikeBesideFight) {
            return null; // "guns shelled A and B ... heavy fighting went on at the positions above A": a fight there too
        }
        if (!bothFighting && f.type().type() == EventType.STRATEGIC_DEVELOPMENTS && separateActs(first, f)) {
            return null; // two parties' separate acts: an appeal, then a meeting
        }
        if (first.type() == SubEventType.OTHER && talksOnly(first) && talksOnly(f) && first.actor1() != null && first.actor2() != null
                && !inTitle(a, first) && (partiesUntold(f) && pointsBackToTalks(a, f) || sameParties(first, f))
                && (f.places().isEmpty() || first.places().containsAll(f.places()))) {
            return MergeRule.TALKS_TOLD_AGAIN; // "The ministers met on 3 May. ... The sides discussed the border."
        }
        int p1 = a.get(LayoutStage.SENTENCES).get(first.sentence()).paragraph();
        int p2 = a.get(LayoutStage.SENTENCES).get(f.sentence()).paragraph();
        if (bothFighting && p1 == p2 && tollOfToldFight(a, f)) {
            return MergeRule.TOLL_OF_TOLD_FIGHT; // "a soldier posted near X was wounded during the clashes"
        }
        if (bothFighting && p1 == p2 && refersBack(a, f)) {
            return MergeRule.REFERS_BACK; // "X said the fighting was caused by provocations in Y"
        }
        boolean samePlaces = f.places().isEmpty() || new LinkedHashSet<>(first.places()).containsAll(f.places());
        if (!samePlaces) {
            return null;
        }
        java.time.YearMonth section = a.get(MentionStage.MENTIONS).get(first.sentence()).section();
        boolean sameSection = section != null && section.equals(a.get(MentionStage.MENTIONS).get(f.sentence()).section());
        if (p1 == p2 || first.places().equals(f.places()) && !f.places().isEmpty()) {
            return MergeRule.RESTATED;
        }
        return bothFighting && sameSection && f.places().isEmpty() ? MergeRule.SAME_BATTLE_UNDER_HEADING : null;
    }

    /**
     * Whether two strategic developments of one day are separate acts: done by different parties, done to
     * different ones ("appealed to the alliance", then "spoke by phone with Russia's president"), or told by
     * triggers of different kinds (a session convened, then an appeal sent).
     */
    private static boolean separateActs(EventFrame a, EventFrame b) {
        boolean otherParty = a.actor1() != null && b.actor1() != null && !a.actor1().equals(b.actor1())
                || a.actor2() != null && b.actor2() != null && !a.actor2().equals(b.actor2());
        Set<TriggerClass> kindsA = EnumSet.noneOf(TriggerClass.class);
        a.triggers().forEach(t -> kindsA.add(t.triggerClass()));
        return otherParty || b.triggers().stream().noneMatch(t -> kindsA.contains(t.triggerClass()));
    }

    /** Whether every act the frame tells is a meeting, a call or talks. */
    private static boolean talksOnly(EventFrame f) {
        return !f.triggers().isEmpty() && f.triggers().stream().allMatch(t -> t.triggerClass() == TriggerClass.DIPLOMACY);
    }

    private static boolean partiesUntold(EventFrame f) {
        return f.actor1() == null && f.actor2() == null;
    }

    private static final Set<String> TALKING_PARTIES = WORDS.words("talking-parties");
    private static final Set<String> TALK_NOUNS = WORDS.words("talks-pointed-back-to");

    /**
     * Whether the frame's sentence points back to talks already told: "the sides discussed", "both parties stressed",
     * "During the conversation, ...", "At the trilateral meeting, ...".
     */
    private static boolean pointsBackToTalks(Annotation a, EventFrame f) {
        List<org.borderwatch.extract.layout.Token> t = a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String k = t.get(i).key();
            if ((k.equals("the") || k.equals("both")) && TALKING_PARTIES.contains(t.get(i + 1).key())) {
                return true;
            }
            boolean framed = (k.equals("during") || k.equals("at")) && t.get(i + 1).key().equals("the");
            if (framed && (i + 2 < t.size() && TALK_NOUNS.contains(t.get(i + 2).key())
                    || i + 3 < t.size() && TALK_NOUNS.contains(t.get(i + 3).key()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether both frames name both their parties, and the same two, in either order. */
    private static boolean sameParties(EventFrame a, EventFrame b) {
        return a.actor1() != null && a.actor2() != null && b.actor1() != null && b.actor2() != null && sameOpponents(a, b);
    }

    /**
     * Whether two fights are between the same parties, whichever side struck first; unknown parties do not
     * tell them apart. Fire on the army of one side and fire on a region's own forces are two fights.
     */
    private static boolean sameOpponents(EventFrame a, EventFrame b) {
        if (a.actor1() == null || a.actor2() == null || b.actor1() == null || b.actor2() == null) {
            return true;
        }
        return new HashSet<>(List.of(a.actor1(), a.actor2()))
                .equals(new HashSet<>(List.of(b.actor1(), b.actor2())));
    }

    /**
     * A coarse mention ("in May 2021 forces crossed ...", "this week") of an event the document also
     * reports by day is the same event summarised: it joins the day-precise report.
     */
    private static List<List<EventFrame>> absorbSummaries(List<List<EventFrame>> groups) {
        List<List<EventFrame>> out = new ArrayList<>();
        for (List<EventFrame> g : groups) {
            EventFrame f = g.get(0);
            // a month's reference that already joined its first day told is that day's report, no summary
            if (f.date().precision() == DatePrecision.DAY || g.stream().anyMatch(x -> x.date().precision() == DatePrecision.DAY)) {
                out.add(g);
                continue;
            }
            List<EventFrame> finer = groups.stream().filter(o -> o != g
                    && o.get(0).date().precision() == DatePrecision.DAY
                    && sameKind(o.get(0), f)
                    && f.date().contains(o.get(0).date().start())
                    && (f.places().isEmpty() || o.get(0).places().stream().anyMatch(f.places()::contains)))
                    .findFirst().orElse(null);
            if (finer == null) {
                out.add(g);
            } else {
                g.forEach(x -> finer.add(merged(x, MergeRule.SUMMARY, finer.get(0))));
            }
        }
        return out;
    }

    /**
     * A month's or year's summary joins a day-precise report of the same broad type. Within a news story's
     * week, undated reports are mostly reports of their own: fighting is fighting (a battle told as
     * "shelling"), but strategic developments are acts of different kinds (an advance, an appeal, a meeting),
     * so such a report joins only its own kind.
     */
    private static boolean sameKind(EventFrame dayPrecise, EventFrame summary) {
        if (summary.date().precision() != DatePrecision.WEEK) {
            if (summary.type() == SubEventType.OTHER) {
                // the residual type holds acts as unlike as an appeal and another party's deployment
                return dayPrecise.type() == summary.type()
                        && (summary.actor1() == null || summary.actor1().equals(dayPrecise.actor1()));
            }
            return dayPrecise.type().type() == summary.type().type(); // "in May 2021 ...": a month's summary
        }
        if (summary.type() == SubEventType.OTHER) {
            return false; // the residual type holds acts as unlike as an appeal, a meeting and a phone call
        }
        return sameKindOfAct(dayPrecise, summary);
    }

    /**
     * Fighting is one kind of act whatever its sub-type; strategic developments are acts of different kinds (an
     * advance, an appeal, burned homes, a meeting abroad), so only the same sub-type is the same kind.
     */
    static boolean sameKindOfAct(EventFrame x, EventFrame y) {
        if (y.type() == SubEventType.OTHER) {
            // "other" developments are of many kinds: villages evacuated are not a meeting told again
            Set<TriggerClass> kinds = EnumSet.noneOf(TriggerClass.class);
            x.triggers().forEach(t -> kinds.add(t.triggerClass()));
            return x.type() == y.type() && y.triggers().stream().anyMatch(t -> kinds.contains(t.triggerClass()));
        }
        if (y.type().type() == EventType.STRATEGIC_DEVELOPMENTS) {
            return x.type() == y.type();
        }
        return x.type().type() == y.type().type();
    }

    /**
     * A placeless lead sentence ("On 13 August both sides reported shelling") followed in its paragraph by
     * reports of the same kind and day that name places is their summary: it joins the first of them.
     */
    private static List<List<EventFrame>> absorbLeads(Annotation a, List<List<EventFrame>> groups) {
        List<List<EventFrame>> out = new ArrayList<>(groups);
        for (List<EventFrame> g : groups) {
            EventFrame lead = g.get(0);
            if (!lead.places().isEmpty() || g.size() > 1 || lead.type().type() == EventType.STRATEGIC_DEVELOPMENTS
                    || lead.type().type() == EventType.PROTESTS) {
                continue; // only fighting is summarised ahead of its details; appeals and meetings are acts of their own
            }
            int paragraph = a.get(LayoutStage.SENTENCES).get(lead.sentence()).paragraph();
            List<EventFrame> detail = out.stream().filter(o -> o != g
                    && o.get(0).sentence() > lead.sentence()
                    && a.get(LayoutStage.SENTENCES).get(o.get(0).sentence()).paragraph() == paragraph
                    && o.get(0).date().equals(lead.date())
                    && o.get(0).type().type() == lead.type().type()
                    && !o.get(0).places().isEmpty()).findFirst().orElse(null);
            if (detail != null) {
                detail.add(merged(lead, MergeRule.PLACELESS_LEAD, detail.get(0)));
                out.remove(g);
            }
        }
        return out;
    }

    /**
     * A headline ("Two soldiers killed in border clash") restates the story its body tells: it joins the body's
     * report of the same kind and day (else the first a day off), as later evidence. A headline the body does not
     * tell again stays a report of its own.
     */
    private List<List<EventFrame>> absorbTitles(Annotation a, List<List<EventFrame>> groups) {
        List<List<EventFrame>> out = new ArrayList<>(groups);
        for (List<EventFrame> g : groups) {
            EventFrame title = g.get(0);
            if (!inTitle(a, title)) {
                continue;
            }
            List<List<EventFrame>> candidates = out.stream().filter(o -> o != g && !inTitle(a, o.get(0))
                    && sameFamily(o.get(0), title)
                    && Math.abs(o.get(0).date().start().toEpochDay() - title.date().start().toEpochDay()) <= 1)
                    .toList();
            // the body's report of the headline's own day, else the first a day off, unless a report of the
            // body already joined the headline: then its day is the headline's, and another day's report is another act
            boolean told = g.stream().anyMatch(f -> !inTitle(a, f));
            // and a headline whose body report already named its places is not an act at other places, nor an act
            // of another kind ("shelling of A and B" told, then "fighting went on")
            Set<String> named = namedPlaces(g);
            // (a bare toll is of no kind of its own: "two soldiers were wounded in Kesta, the ministry added")
            if (told && !named.isEmpty()) {
                candidates = candidates.stream().filter(o -> {
                    Set<String> theirs = namedPlaces(o);
                    return (o.get(0).type() == title.type() || o.stream().allMatch(ReportStage::tollOnly))
                            && (theirs.isEmpty() || theirs.stream().anyMatch(named::contains));
                }).toList();
            }
            List<EventFrame> body = candidates.stream().filter(o -> o.get(0).date().equals(title.date())).findFirst()
                    .orElse(candidates.isEmpty() || told ? null : candidates.get(0));
            if (body == null && !told && title.weaklyDated()) {
                body = earlierReportOfTheHeadline(a, out, g, title);
            }
            if (body != null && told && body.stream().allMatch(ReportStage::tollOnly)) {
                // the story's act, told under its headline, takes in the toll counted after it, and keeps its kind
                for (EventFrame f : body) {
                    g.add(merged(f, MergeRule.TOLL_OF_TOLD_FIGHT, g.get(0)));
                }
                out.remove(body);
            } else if (body != null) {
                EventFrame head = body.get(0);
                // a body report that names its places is where the act was; the headline's summary of the story's
                // places ("fire in the X, Y and Z directions", "clash near X" over a body that names the village)
                // adds none of them to it
                boolean placed = body.stream().anyMatch(f -> !f.places().isEmpty());
                for (EventFrame f : g) {
                    body.add(merged(placed && inTitle(a, f) ? UmbrellaReports.withoutPlaces(f) : f, MergeRule.HEADLINE, head));
                }
                out.remove(g);
            }
        }
        return out;
    }

    /** How far back a headline dated only by its publication may look for the act its body tells by day. */
    private static final int HEADLINE_LOOK_BACK_DAYS = 31;

    /**
     * "Four soldiers killed at X" over a story published weeks later that tells the X fight by its own day: a
     * headline dated only by publication is the body's latest report of the same kind before it, at a place it
     * names (any place, when the headline names none).
     */
    private List<EventFrame> earlierReportOfTheHeadline(Annotation a, List<List<EventFrame>> groups, List<EventFrame> g,
                                                        EventFrame title) {
        Set<String> named = namedPlaces(g);
        return groups.stream().filter(o -> o != g && !inTitle(a, o.get(0)) && sameFamily(o.get(0), title)
                        && !o.get(0).date().start().isAfter(title.date().start())
                        && title.date().start().toEpochDay() - o.get(0).date().start().toEpochDay() <= HEADLINE_LOOK_BACK_DAYS
                        && (named.isEmpty() || namedPlaces(o).stream().anyMatch(named::contains)))
                .max(java.util.Comparator.comparing((List<EventFrame> o) -> o.get(0).date().start()))
                .orElse(null);
    }

    /** The places a group names, without units and regions ("Batken region", "Karabakh"), which may hold any of them. */
    private Set<String> namedPlaces(List<EventFrame> group) {
        Set<String> places = new HashSet<>();
        group.forEach(f -> places.addAll(f.places()));
        places.removeIf(p -> config.unitWord(p.substring(p.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)) || config.area(p));
        return places;
    }

    /**
     * The reference's date is the report's, or the month of the report's day ("the May clashes" and a clash on
     * 12 May). A reference by day is never folded into a report by month (that would lose the day), and a year
     * names too much to say two mentions are one act.
     */
    private static boolean coarserOrSame(DateSpan reference, DateSpan report) {
        if (reference.equals(report)) {
            return true;
        }
        return reference.precision() == DatePrecision.MONTH
                && report.precision() == DatePrecision.DAY && reference.contains(report.start());
    }

    /** An arrest of soldiers and a fight: captures on a day of fighting were made in the fight. */
    private static boolean captureBesideFight(EventFrame x, EventFrame y) {
        return x.type() == SubEventType.ARRESTS && y.type().type() == EventType.BATTLES
                || y.type() == SubEventType.ARRESTS && x.type().type() == EventType.BATTLES;
    }

    private static boolean sameParagraph(Annotation a, EventFrame x, EventFrame y) {
        return a.get(LayoutStage.SENTENCES).get(x.sentence()).paragraph() == a.get(LayoutStage.SENTENCES).get(y.sentence()).paragraph();
    }

    /** The same day, or days a day apart when one of them is only the story's day or the day it was told. */
    private static boolean closeDays(EventFrame x, EventFrame y) {
        if (x.date().equals(y.date())) {
            return true;
        }
        long apart = Math.abs(x.date().start().toEpochDay() - y.date().start().toEpochDay());
        return apart <= 1 && (x.weaklyDated() || y.weaklyDated())
                && x.date().precision() == DatePrecision.DAY
                && y.date().precision() == DatePrecision.DAY;
    }

    /**
     * A sentence that only counts harm, names no party and no place, told right after the sentences of an act of
     * violence on the same day: the harm that act did ("... 4 civilians were hit. One of them died in hospital."); or
     * the death, a day or three later, of someone the act wounded.
     */
    private static boolean bareTollAfterAct(Annotation a, List<EventFrame> group, EventFrame f) {
        EventFrame act = group.get(0);
        boolean harmful = harmful(act);
        int gap = f.sentence() - group.get(group.size() - 1).sentence();
        // (civilians the toll names make it no attack of its own: "rockets hit the city. 21 civilians were killed.")
        boolean harm = harmful(f);
        // "Two shells landed at the edge of X. A hay barn burned down.": damage nobody is said to have done is the
        // strike's
        boolean damage = harmful && act.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && damageOnly(f);
        // "The prosecutor's office reports 21 civilians killed": the parties a source's toll names are the source's
        // side, not the act's
        boolean partyless = f.actor1() == null && f.actor2() == null || tollOnly(f) && toldBySource(a, f);
        return harmful && (harm && tollOnly(f) || damage) && !tollOnly(act) && f.places().isEmpty() && partyless
                && (gap == 1 && act.date().equals(f.date()) || gap >= 1 && gap <= DEATH_TOLD_WITHIN && diedOfWoundsLater(a, act, f));
    }

    /** Whether a source the sentence names asserts what it tells ("the ministry reports ..."). */
    private static boolean toldBySource(Annotation a, EventFrame f) {
        return a.get(ClaimStage.CLAIMS).getOrDefault(f.sentence(), List.of()).stream().anyMatch(c -> c.stance() == Stance.ASSERTS);
    }

    /** Whether the frame tells only of things destroyed (and of harm), with a destruction among its triggers. */
    private static boolean damageOnly(EventFrame f) {
        return f.triggers().stream().anyMatch(t -> t.triggerClass() == TriggerClass.DESTRUCTION)
                && f.triggers().stream().allMatch(t -> t.triggerClass() == TriggerClass.DESTRUCTION || t.triggerClass() == TriggerClass.CASUALTY);
    }

    /** How many sentences after the wounding its victim's death may be told ("Bishkek blamed X. He died ..."). */
    private static final int DEATH_TOLD_WITHIN = 2;

    private static final Set<String> LATER_DEATH = WORDS.words("later-death-words");
    private static final Set<String> WOUND_WORDS = WORDS.words("wounding-words");
    private static final int DAYS_TO_DIE_OF_WOUNDS = 3;
    private static final Set<String> OTHER_VICTIM_WORDS = Set.of("another", "more", "other", "others", "further");

    /** "... was fatally wounded on 27 January. He died in hospital the next morning.": the wounding's later toll. */
    private static boolean diedOfWoundsLater(Annotation a, EventFrame act, EventFrame f) {
        long after = f.date().start().toEpochDay() - act.date().start().toEpochDay();
        // "another soldier died", "two more people died": deaths beside the wounded, not theirs
        boolean others = a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens().stream()
                .anyMatch(t -> OTHER_VICTIM_WORDS.contains(t.key()));
        return after >= 1 && after <= DAYS_TO_DIE_OF_WOUNDS && !others
                && f.triggers().stream().anyMatch(t -> LATER_DEATH.contains(t.text().toLowerCase(java.util.Locale.ROOT)))
                && act.triggers().stream().anyMatch(t -> t.triggerClass() == TriggerClass.CASUALTY
                        && WOUND_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether a frame states harm only, with no act of fighting of its own. */
    private static boolean tollOnly(EventFrame f) {
        return Trigger.onlyCasualties(f.triggers());
    }

    /**
     * Harm a party reports one to three days after a fight the text told, in a sentence that tells it as done before
     * the report ("Armenia said seven soldiers had been killed, and Azerbaijan reported fifteen dead"), or as a toll
     * revised ("raised its toll to 135"), at no other place: the toll of that fight, published later.
     */
    private static boolean tollReportedLater(Annotation a, EventFrame fight, EventFrame f) {
        long after = f.date().start().toEpochDay() - fight.date().start().toEpochDay();
        // a toll joins a fight of its own type: the dead a party counts after a shelling and a fight are the fight's
        if (!tollOnly(f) || after < 1 || after > 3 || f.date().precision() != DatePrecision.DAY
                || fight.type().type() != f.type().type()
                || !f.places().isEmpty() && !fight.places().containsAll(f.places())) {
            return false;
        }
        List<Token> tokens = a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens();
        // "raised its toll to 135", "the count rose to six": a toll revised is the toll of a fight already told
        boolean revised = tokens.stream().anyMatch(t -> TOLL_REVISION_VERBS.contains(t.key()))
                && tokens.stream().anyMatch(t -> TOLL_NOUNS.contains(t.key()));
        // a party telling the harm in the past perfect: done before the day of the report; with no party named as the
        // claimant, a verb of speech tells the toll of a placeless fight ("Fighting went on through 13 and 14 May. ...
        // the ministry said that 105 soldiers had been killed"), not of one a side located in its own account
        boolean told = !a.get(ClaimStage.CLAIMS).getOrDefault(f.sentence(), List.of()).isEmpty()
                || fight.places().isEmpty() && tokens.stream().anyMatch(t -> SPEECH_VERBS.contains(t.key()));
        return revised || told && tokens.stream().anyMatch(t -> t.key().equals("had"));
    }

    private static final Set<String> TOLL_REVISION_VERBS = WORDS.words("toll-revision-verbs");
    private static final Set<String> TOLL_NOUNS = WORDS.words("toll-nouns");
    private static final Set<String> SPEECH_VERBS = WORDS.words("speech-verbs");

    private static final Set<String> PROTEST_VENUES = WORDS.words("protest-venues");

    /** Whether the frame's sentence names where its crowd stood: an embassy, a square, a ministry. */
    private static boolean namesAVenue(Annotation a, EventFrame f) {
        return a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens().stream().anyMatch(t -> PROTEST_VENUES.contains(t.key()));
    }

    /** A report published on a known day: its short paragraphs tell one story, restating its facts as they go. */
    private static boolean newsOfTheDay(Annotation a) {
        return a.document().published() != null
                && a.document().published().precision() == DatePrecision.DAY;
    }

    private static boolean inTitle(Annotation a, EventFrame f) {
        int paragraph = a.get(LayoutStage.SENTENCES).get(f.sentence()).paragraph();
        return a.get(LayoutStage.PARAGRAPHS).get(paragraph).title();
    }

    /**
     * Fighting is one family whatever its sub-type; other types are families of their own, except strategic
     * developments, whose sub-types (an accord, an evacuation, an arrest) are acts of unrelated kinds.
     */
    private static boolean sameFamily(EventFrame x, EventFrame y) {
        return violent(x) && violent(y) || sameKindOfAct(x, y);
    }

    /**
     * A crossing or advance followed in the next sentence of its paragraph by fighting on the same day and
     * at no other place ("soldiers crossed near X. ... resulting in a fight with the border guards") is one
     * battle, as ACLED codes an incursion met by force: the crossing joins the fight and opens its evidence.
     */
    private static List<List<EventFrame>> absorbEscalations(Annotation a, List<List<EventFrame>> groups) {
        List<List<EventFrame>> out = new ArrayList<>(groups);
        for (List<EventFrame> g : groups) {
            EventFrame crossing = g.get(0);
            if (g.size() > 1 || crossing.type() != SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY
                    || crossing.date().precision() != DatePrecision.DAY) {
                continue;
            }
            int paragraph = a.get(LayoutStage.SENTENCES).get(crossing.sentence()).paragraph();
            // the crossing may be told at two places of one sentence ("near the village of X in the Y region")
            List<EventFrame> fight = out.stream().filter(o -> o != g && o.stream().anyMatch(f ->
                    f.type().type() == EventType.BATTLES
                    && f.sentence() == crossing.sentence() + 1
                    && a.get(LayoutStage.SENTENCES).get(f.sentence()).paragraph() == paragraph
                    && f.date().equals(crossing.date())
                    && crossing.places().containsAll(f.places()))).findFirst().orElse(null);
            if (fight != null) {
                fight.add(fight.get(0).sentence() == crossing.sentence() ? 1 : 0,
                        merged(crossing, MergeRule.CROSSING_MET_BY_FIGHT, fight.get(0)));
                out.remove(g);
            }
        }
        return out;
    }

    /**
     * A frame that only counts harm and names the fight by a definite back-reference ("during the clashes",
     * "in the attack") reports the toll of a fight already told, wherever the victim was posted.
     */
    private static boolean tollOfToldFight(Annotation a, EventFrame f) {
        List<Token> tokens = a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens();
        boolean harm = false;
        boolean backReference = false;
        for (Trigger t : f.triggers()) {
            if (t.triggerClass() == TriggerClass.CASUALTY) {
                harm = true;
            } else if (t.from() > 0 && tokens.get(t.from() - 1).key().equals("the")) {
                backReference = true;
            } else {
                return false;
            }
        }
        return harm && backReference;
    }

    private static final Set<String> DETERMINERS = WORDS.words("determiners");

    /** Whether every trigger of the frame is a noun the text points back to ("the fighting", "these clashes"). */
    private static boolean refersBack(Annotation a, EventFrame f) {
        List<Token> tokens = a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens();
        return !f.triggers().isEmpty() && f.triggers().stream()
                .allMatch(t -> t.from() > 0 && DETERMINERS.contains(tokens.get(t.from() - 1).key()));
    }

    /** Fighting, a strike, or violence against civilians. */
    private static boolean harmful(EventFrame f) {
        return violent(f) || f.type().type() == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    private static boolean violent(EventFrame f) {
        return f.type().type() == EventType.BATTLES || f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    }

    /**
     * An accord named only by its noun ("the truce") on the story's day (or the day the sentences before it told), with
     * no place of its own, beside an accord of the same document a day or two from it: the same accord, not a second one.
     */
    private static boolean accordNamedAgain(EventFrame accord, EventFrame named) {
        return accord.type() == SubEventType.AGREEMENT && named.type() == SubEventType.AGREEMENT
                && named.decidedBy(Decision.Verdict.TYPE, TypeRule.AGREEMENT_NOUN)
                && (named.decidedBy(Decision.Verdict.DATE, FrameRule.STORY_DAY)
                    || named.decidedBy(Decision.Verdict.DATE, FrameRule.CARRIED_DATE))
                && named.places().isEmpty() && closeDays(accord, named);
    }

    /** How many sentences after an act's last one may still tell that nobody was hurt in it. */
    private static final int NO_HARM_REACH = WORDS.window("no-harm-reach");
    /** How far that search may run when sentences of further harmless fire lengthen it. */
    private static final int NO_HARM_REACH_PAST_FIRE = WORDS.window("no-harm-reach-past-fire");

    /**
     * Whether a sentence of the act's paragraph, right after its last frame and telling no act of its own, says
     * that nobody was hurt: "The equipment was damaged, but there were no injuries." Further fire told in between
     * with no harm of its own ("Moreover, they also fired on a tractor") is the same incident and does not end
     * the search.
     */
    private static boolean noHarmToldAfter(Annotation a, List<EventFrame> group, Map<Integer, List<EventFrame>> told) {
        int last = group.stream().mapToInt(EventFrame::sentence).max().orElse(-1);
        List<Sentence> sentences = a.get(LayoutStage.SENTENCES);
        int reach = NO_HARM_REACH;
        for (int s = last + 1; s <= last + reach && s < sentences.size(); s++) {
            int paragraph = sentences.get(s).paragraph();
            if (paragraph != sentences.get(last).paragraph() && paragraph != sentences.get(last).paragraph() + 1) {
                return false;
            }
            CasualtyCount cost = a.get(MentionStage.MENTIONS).get(s).casualties();
            if (told.containsKey(s)) {
                boolean moreHarmlessFire = told.get(s).stream().allMatch(ReportStage::violent)
                        && cost.deaths() == null && cost.wounded() == null && !cost.explicitlyNone();
                if (!moreHarmlessFire || reach >= NO_HARM_REACH_PAST_FIRE) {
                    return false;
                }
                reach++;
                last = s;
                continue;
            }
            if (cost.explicitlyNone()) {
                return true;
            }
        }
        return false;
    }

    /** "During the fighting, artillery shelled the positions outside X": a strike on a party of the fight is part of it. */
    private static boolean strikesTheFightsForces(EventFrame fight, EventFrame strike) {
        return strike.actor2() != null && (strike.actor2().equals(fight.actor1()) || strike.actor2().equals(fight.actor2()));
    }

    /** "During the fighting, artillery shelled ...": a strike the sentence sets inside the fight just told. */
    private static boolean toldDuringTheFight(Annotation a, EventFrame f) {
        return FightSetting.nounIn(a.get(LayoutStage.SENTENCES).get(f.sentence()).tokens()) >= 0;
    }

    /** How many sentences after the act its denial may follow ("... hit X. Y denied firing on X."). */
    private static final int DENIAL_REACH = 2;

    /**
     * A sentence in which a party denies the fire it names, on the day and at the place (or at none) of the act told
     * just before it: the act's denial.
     */
    private static boolean deniesTheActJustTold(Annotation a, EventFrame act, EventFrame f) {
        boolean denial = deniedIn(a, f);
        int gap = f.sentence() - act.sentence();
        // further down, a denial that names no place of its own ("Dushanbe denied that its forces fired on civilian
        // areas") still answers the day's act the text told: a denial alone tells no act
        boolean near = gap <= DENIAL_REACH || f.places().isEmpty();
        return denial && gap >= 1 && near && act.date().equals(f.date())
                && (f.places().isEmpty() || act.places().containsAll(f.places()));
    }

    /**
     * A later sentence in which a party denies an act of the very kind told before ("Southia denies that the road is
     * blocked"), on the act's day or dated only by the story, at the act's places or at none: a denial alone tells no
     * act, and a blockade or a crossing is answered as fire is (DENIAL_OF_TOLD_ACT).
     */
    private static boolean deniesTheSameKindOfAct(Annotation a, EventFrame act, EventFrame f) {
        return deniedIn(a, f) && f.sentence() > act.sentence() && (act.date().equals(f.date()) || f.weaklyDated())
                && (f.places().isEmpty() || act.places().containsAll(f.places()));
    }

    /** Whether a party denies something in the frame's sentence. */
    private static boolean deniedIn(Annotation a, EventFrame f) {
        return a.get(ClaimStage.CLAIMS).getOrDefault(f.sentence(), List.of()).stream().anyMatch(c -> c.stance() == Stance.DENIES);
    }

    private static boolean onlyHarm(EventFrame f) {
        return f.decidedBy(Decision.Verdict.TYPE, TypeRule.HARM_IN_FIGHT);
    }

    private static Event event(Annotation a, List<EventFrame> group,
                               Map<Integer, List<EventFrame>> framesBySentence) {
        Document doc = a.document();
        // the head gives type and date: a report over a reference to it, a battle over a strike within it
        // a toll published days later counts the harm; the fight it counts gives the day and the kind
        // (and a denial names the act in the denier's words: "denied firing on X" does not make a strike a fight)
        List<EventFrame> reports = group.stream().filter(f -> !f.reference() && f.decisions().stream()
                .noneMatch(d -> d.rule().equals(MergeRule.TOLL_REPORTED_LATER.ruleName())
                        || d.rule().equals(MergeRule.DENIAL_OF_TOLD_ACT.ruleName()))).toList();
        List<EventFrame> reported = reports.isEmpty() ? group : reports;
        // a headline restates the body's report in fewer words ("X opened fire near Y" over "X shelled the villages
        // of ..."): the body's own report decides the kind, unless it tells only the harm ("Drone strike kills two"
        // over "Two soldiers were killed on Tuesday")
        List<EventFrame> body = reported.stream().filter(f -> !inTitle(a, f)).toList();
        List<EventFrame> told = body.stream().allMatch(ReportStage::onlyHarm) ? reported : body;
        // a report that names where the act happened outranks a placeless restatement of the day's fighting
        // ("Troops shelled X and Y. The hostilities lasted all night."): the restatement adds words, not the kind
        // (a crossing at X met by placeless fighting stays a battle: only a violent placed report takes the lead)
        List<EventFrame> placed = told.stream().filter(f -> !f.places().isEmpty()).toList();
        List<EventFrame> candidates = placed.stream().anyMatch(f -> violent(f)
                || f.type().type() == EventType.VIOLENCE_AGAINST_CIVILIANS) ? placed : told;
        // a fight known only from its toll ("three were killed") is the harm of the strike or blast it joins
        EventFrame head = candidates.stream().filter(f -> f.type().type() == EventType.BATTLES && !onlyHarm(f)).findFirst()
                .or(() -> candidates.stream().filter(f -> f.type().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).findFirst())
                .or(() -> candidates.stream().filter(f -> f.type().type() == EventType.BATTLES).findFirst())
                // a protest the police intervened in is that protest, however its first report told it
                .or(() -> candidates.stream().filter(f -> f.type() == SubEventType.PROTEST_WITH_INTERVENTION).findFirst())
                .orElse(candidates.get(0));
        EventFrame quoted = mostSpecific(a, group);
        group = new ArrayList<>(group);
        group.remove(quoted);
        group.add(0, quoted); // its words are the event's first evidence
        List<Evidence> evidence = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> cues = new LinkedHashSet<>();
        List<Measure> measures = new ArrayList<>();
        CasualtyCount cost = CasualtyCount.NONE;
        Map<String, Integer> sideDeaths = new TreeMap<>();
        String actor2 = null;
        for (EventFrame f : group) {
            evidence.add(doc.evidence(f.span()));
            claims.addAll(a.get(ClaimStage.CLAIMS).getOrDefault(f.sentence(), List.of()));
            places.addAll(f.places());
            if (f == group.get(0)) {
                cues.addAll(f.cueCountries());
            }
            measures.addAll(f.measures());
            Integer d = f.casualties().deaths();
            if (cost == CasualtyCount.NONE || d != null && (cost.deaths() == null || d > cost.deaths())) {
                cost = f.casualties(); // restatements give the same deaths again: keep the highest figure stated once
            }
            f.casualties().deathsBySide().forEach((side, n) -> sideDeaths.merge(side, n, Math::max));
            actor2 = actor2 != null ? actor2 : f.actor2();
        }
        List<Location> locations = new ArrayList<>();
        String cueCountry = cues.isEmpty() ? null : String.join("; ", cues);
        for (String p : places) {
            locations.add(Location.named(p));
        }
        if (head.spansCountries() && group.get(0) == head) {
            // "both within X and Y": each country is a place of the act, beside the places it names
            for (String c : cues) {
                locations.add(new Location(null, c, null, null, null, null, null));
            }
        } else if (locations.isEmpty() && cueCountry != null) {
            for (String c : cues) {
                locations.add(new Location(null, c, null, null, null, null, null));
            }
        }
        boolean violent = head.type().type() != EventType.STRATEGIC_DEVELOPMENTS && head.type().type() != EventType.PROTESTS;
        cost = withEverySidesDeaths(cost, sideDeaths);
        if (violent && cost.deaths() == null && cost.wounded() == null && noHarmToldAfter(a, group, framesBySentence)) {
            cost = new CasualtyCount(null, Map.of(), null, cost.captured(), cost.displaced(), true, false);
        }
        Fatalities fatalities = fatalities(cost, violent);
        Casualties casualties = new Casualties(cost.wounded(), cost.captured(), cost.displaced());
        String notes = evidence.get(0).text();
        if (notes.length() > NOTE_LENGTH) {
            notes = notes.substring(0, NOTE_LENGTH - 1) + "\u2026";
        }
        if (head.type().type() == EventType.STRATEGIC_DEVELOPMENTS && head.actor1() != null) {
            // "Azerbaijan announced an exercise": a party announcing its own act is the act, not a claim about it
            claims.removeIf(c -> c.stance() == Stance.ASSERTS && head.actor1().equals(c.claimant()));
        }
        // "Rockets hit X, Northia said. Southia denied firing on X.": a party is not its own opponent; the party that
        // denied the act is the one accused of it
        String actor1 = head.actor1();
        String opponent = actor2;
        if (actor1 != null && actor1.equals(opponent)) {
            actor1 = group.stream().filter(f -> f.decidedBy(Decision.Verdict.MERGE, MergeRule.DENIAL_OF_TOLD_ACT))
                    .map(EventFrame::actor1).filter(x -> x != null && !x.equals(opponent)).findFirst().orElse(actor1);
        }
        Event e = new Event(null, doc.id(), dateOf(head, group), head.type(), actor1, List.of(), actor2, List.of(),
                locations, fatalities, casualties, measures, notes, evidence, dedupe(claims),
                cueCountry == null ? null : new BorderPosition(cueCountry, null, null, null), coding(a, head, group));
        return e.withId(id(doc.id(), head, evidence.get(0)));
    }

    /**
     * The frame that tells the event most specifically, whose words are quoted first: one of the body rather than
     * the headline, then the one naming the most places, then one whose day is the act's own rather than the
     * story's, then the first told.
     */
    private static EventFrame mostSpecific(Annotation a, List<EventFrame> group) {
        return group.stream()
                .max(Comparator.comparing((EventFrame f) -> !f.reference())
                        .thenComparing(f -> !inTitle(a, f)) // a headline restates: the body's words are the act's
                        .thenComparingInt((EventFrame f) -> f.places().size())
                        .thenComparing(f -> !f.weaklyDated())
                        .thenComparing(f -> -group.indexOf(f)))
                .orElse(group.get(0));
    }

    /** The event's date: the head's, unless that is only the story's day and another report gives the act's own. */
    private static DateSpan dateOf(EventFrame head, List<EventFrame> group) {
        if (!head.weaklyDated()) {
            return head.date();
        }
        return group.stream().filter(f -> !f.weaklyDated()).map(EventFrame::date).findFirst().orElse(head.date());
    }

    /**
     * How the event was coded: the rules that kept the head frame's triggers and typed, dated and split it, then
     * for every other frame of the group the rule that merged it in.
     */
    private static List<Decision> coding(Annotation a, EventFrame head, List<EventFrame> group) {
        List<Decision> out = new ArrayList<>();
        for (TriggerCandidate c : a.get(TriggerStage.CANDIDATES).get(head.sentence())) {
            if (c.kept() && head.triggers().contains(c.trigger())) {
                out.add(c.decision());
            }
        }
        out.addAll(head.decisions());
        for (EventFrame f : group) {
            if (f != head) {
                f.decisions().stream().filter(d -> d.verdict() == Decision.Verdict.MERGE).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * "105 Armenian servicemen were killed." ... "Azerbaijan put its own losses at 71": each side's toll told
     * in its own sentence adds up (176); a side's toll told twice counts once (the highest).
     */
    private static CasualtyCount withEverySidesDeaths(CasualtyCount cost, Map<String, Integer> sideDeaths) {
        int sum = sideDeaths.values().stream().mapToInt(Integer::intValue).sum();
        if (sideDeaths.size() < 2 || cost.deaths() != null && sum <= cost.deaths()) {
            return cost;
        }
        return new CasualtyCount(sum, sideDeaths, cost.wounded(), cost.captured(), cost.displaced(), cost.explicitlyNone(),
                cost.woundedUncounted());
    }

    private static Fatalities fatalities(CasualtyCount cost, boolean violent) {
        if (cost.deaths() != null) {
            Map<String, Integer> bySide = cost.deathsBySide();
            int sum = bySide.values().stream().mapToInt(Integer::intValue).sum();
            return new Fatalities(cost.deaths(), cost.deaths(), Math.max(cost.deaths(), sum), bySide);
        }
        if (violent && (cost.wounded() != null || cost.explicitlyNone() || cost.woundedUncounted())) {
            return Fatalities.exactly(0); // only injuries reported: ACLED codes zero deaths
        }
        return Fatalities.UNKNOWN;
    }

    private static List<Claim> dedupe(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (out.stream().noneMatch(o -> o.stance() == c.stance() && Objects.equals(o.claimant(), c.claimant()))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A stable id: the same document, sentence, type, places and date give the same id on every run. The
     * date is part of it because one sentence can list the same act on several dates.
     */
    static String id(String documentId, EventFrame frame, Evidence evidence) {
        String key = documentId + "|" + evidence.clean().start() + "|" + frame.type().name() + "|" + frame.places()
                + "|" + frame.date().start();
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
