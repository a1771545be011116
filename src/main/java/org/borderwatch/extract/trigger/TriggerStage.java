package org.borderwatch.extract.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Decision;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.mention.ChronologyItems;
import org.borderwatch.extract.mention.DateMention;
import org.borderwatch.extract.mention.MentionStage;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;
import org.borderwatch.extract.config.WordLists;

/**
 * Finds event triggers in each sentence and drops those the sentence does not assert as having
 * happened: negated ("did not cross", "without any skirmishes") or under an irrealis cue in the same
 * clause ("would be deployed", "calls for a ceasefire", "accused X of violating").
 */
public final class TriggerStage implements Stage {
    /** Verbs that place a told act in time after its name: "the offensive followed ...". */
    private static final Set<String> RELATING_VERBS = org.borderwatch.extract.config.WordLists.english().words("relating-verbs");
    private static final Set<String> COPULAS = org.borderwatch.extract.config.WordLists.english().words("ranking-copulas");
    private static final Set<String> RANKING_WORDS = org.borderwatch.extract.config.WordLists.english().words("ranking-words");
    private static final WordLists WORDS = WordLists.english();

    /** The asserted event triggers of each sentence; those of sentence i are at index i. */
    public static final Layer<List<List<Trigger>>> TRIGGERS = Layer.named("TRIGGERS");
    /** Every lexicon hit of each sentence with the decision taken on it, kept or dropped, for the trace. */
    public static final Layer<List<List<TriggerCandidate>>> CANDIDATES = Layer.named("TRIGGER_CANDIDATES");
    /** The cues of each sentence (modality, attribution, ...), found once for every later stage. */
    public static final Layer<List<List<Cues.Cue>>> CUES = Layer.named("CUES");

    private static final int NEGATION_WINDOW = WORDS.window("negation-window");
    private static final int NEITHER_NOR_REACH = WORDS.window("neither-nor-reach");
    private static final Set<String> DRAFT_WORDS = WORDS.words("draft-words");
    /** Talks whose subject an accord's noun may be, after "on", "over" or "about": "talks on a peace treaty". */
    private static final Set<String> TALKS_ABOUT = WORDS.words("talks-about-nouns");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "over", "about");
    /** How many words may stand between the preposition and the accord's noun: "talks on [a comprehensive peace] treaty". */
    private static final int TOPIC_REACH = 4;
    /** Who mobilises that is not an army: "the opposition's street mobilisation", "voter mobilisation". */
    private static final Set<String> CIVIC_MOBILISERS = WORDS.words("civic-mobilisers");
    private static final Set<String> NEITHER_NOR_GAP = WORDS.words("neither-nor-gap");
    private static final Set<String> NEITHER = Set.of("neither");
    private static final Set<String> KEEPING_VERBS = WORDS.words("accord-keeping-verbs");

    private static final Set<String> HOLDING_WORDS = WORDS.words("held-as-planned-words");

    /** "The talks scheduled for 3 May went ahead": the sentence goes on to say the act was held. */
    private static boolean heldAfter(List<Token> tokens, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (HOLDING_WORDS.contains(tokens.get(i).key() + " " + tokens.get(i + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** The cues without "never held": a truce that "never held" was agreed, and broken, not called off. */
    private static List<Cues.Cue> withoutNeverHeld(List<Cues.Cue> found, List<Token> tokens) {
        return found.stream().filter(c -> c.kind() != Cues.Kind.UNDONE
                || tokens.subList(c.from(), c.to()).stream().noneMatch(w -> w.key().equals("held"))).toList();
    }

    /** The cues without those of keeping an accord ("to police the truce"): "monitoring the clashes" still reports them. */
    private static List<Cues.Cue> withoutKeeping(List<Cues.Cue> found, List<Token> tokens) {
        return found.stream().filter(c -> c.kind() != Cues.Kind.REFERENCE
                || !KEEPING_VERBS.contains(tokens.get(c.from()).key())).toList();
    }

    private static final Set<String> END_GAP = WORDS.words("end-gap-words");
    private static final Set<String> END_OBJECT_STARTS = WORDS.words("end-object-starts");

    /**
     * Whether an end verb starts at {@code at} and takes no object: "the shooting had stopped by morning" ends the
     * fight, "fighting halted the evacuation" is the fight stopping something else.
     */
    private static boolean endsWithoutObject(List<Token> tokens, List<Cues.Cue> found, int at) {
        for (Cues.Cue c : found) {
            if (c.kind() == Cues.Kind.END && c.from() == at) {
                return c.to() >= tokens.size() || !END_OBJECT_STARTS.contains(tokens.get(c.to()).key())
                        && !tokens.get(c.to()).isCapitalised();
            }
        }
        return false;
    }

    private static final Set<String> LIVE_FIRE_WORDS = WORDS.words("live-fire-words");
    private static final Set<String> BLAZE_WORDS = WORDS.words("blaze-words");
    private static final Set<String> DRILL_WORDS = WORDS.words("drill-words");
    private static final int DRILL_REACH = WORDS.window("drill-reach");
    private static final int IRREALIS_WINDOW = WORDS.window("irrealis-window");
    private static final int UNDONE_WINDOW = WORDS.window("undone-window");
    private static final Set<String> BACK_ON_WORDS = WORDS.words("back-on-words");
    private static final int PUT_UP_REACH = 3;
    private static final int CANCELLED_WINDOW = WORDS.window("cancelled-window");
    private static final int CALL_WINDOW = WORDS.window("call-window");
    private static final int BACKGROUND_WINDOW = WORDS.window("background-window");
    private static final int SPEECH_WINDOW = WORDS.window("speech-window");
    private static final int CONVENED_WINDOW = WORDS.window("convened-window");
    private static final int REFERENCE_WINDOW = WORDS.window("reference-window");
    private static final Set<String> ACCORD_CONTENT_VERBS = WORDS.words("accord-content-verbs");
    private static final int SEQUENCE_REACH = WORDS.window("sequence-reach");

    private final PatternLexicon lexicon;
    private final Cues cues;
    private final ChronologyTense tense;

    public TriggerStage(PatternLexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.tense = new ChronologyTense(lexicon);
    }

    public static TriggerStage english() {
        return new TriggerStage(PatternLexicon.fromResource("/extract/triggers.tsv"), Cues.english());
    }

    @Override
    public String name() {
        return "triggers";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(LayoutStage.SENTENCES, MentionStage.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TRIGGERS, CANDIDATES, CUES);
    }

    @Override
    public void process(Annotation a) {
        List<List<TriggerCandidate>> candidates = new ArrayList<>();
        List<List<Trigger>> kept = new ArrayList<>();
        List<List<Cues.Cue>> sentenceCues = new ArrayList<>();
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            List<Cues.Cue> found = cues.find(s.tokens());
            SentenceMentions m = a.get(MentionStage.MENTIONS).get(s.index());
            List<int[]> names = m.actors().stream().filter(x -> x.to() - x.from() > 1).map(x -> new int[] {x.from(), x.to()}).toList();
            List<Token> tokens = ChronologyItems.opensWithItsLabel(s, m.dates()) ? tense.asPast(s.tokens()) : s.tokens();
            List<TriggerCandidate> all = decide(tokens, found, m.dates(), names);
            candidates.add(all);
            kept.add(all.stream().filter(TriggerCandidate::kept).map(TriggerCandidate::trigger).toList());
            sentenceCues.add(List.copyOf(found));
        }
        a.put(CANDIDATES, List.copyOf(candidates));
        a.put(TRIGGERS, List.copyOf(kept));
        a.put(CUES, List.copyOf(sentenceCues));
    }

    /**
     * "put up a checkpoint": the phrase sets a post up only right before it ("put up fierce resistance near" does not),
     * or as the trigger's own first words ("put up posts").
     */
    private static boolean putUpBefore(List<Token> tokens, int post) {
        for (int i = Math.max(0, post - PUT_UP_REACH - 1); i <= post && i + 1 < tokens.size(); i++) {
            if ((tokens.get(i).key().equals("put") || tokens.get(i).key().equals("puts")) && tokens.get(i + 1).key().equals("up")) {
                return true;
            }
        }
        return false;
    }

    /** "gas supply restored at 16:55", "power was reconnected": a measure told as ended, a supply back on, is no act. */
    private static boolean toldBackOn(List<Token> tokens, int end) {
        int i = end;
        while (i < tokens.size() && i - end < 2 && AUXILIARIES.contains(tokens.get(i).key())) {
            i++;
        }
        return i < tokens.size() && BACK_ON_WORDS.contains(tokens.get(i).key());
    }

    /** "the necessity to withdraw", "in order to advance": an infinitive is not a report, unless "began to". */
    private static boolean infinitive(List<Token> tokens, int at, String label, List<Cues.Cue> found) {
        if (at == 0 || !tokens.get(at - 1).key().equals("to")) {
            return false;
        }
        // "led to stone-throwing", "due to shelling": a word of violence in -ing after "to" names the act; talks keep
        // the rule ("looking forward to meeting")
        TriggerClass kind = TriggerClass.valueOf(label);
        if (tokens.get(at).key().endsWith("ing") && (kind.violent() || kind == TriggerClass.RIOT || kind == TriggerClass.DESTRUCTION)) {
            return false;
        }
        // "an answer to explosions of mines": a noun of violence in -ion after "to" is no verb's base form (talks keep the
        // rule: "open to negotiations" is a stance)
        String word = tokens.get(at).key();
        if ((word.endsWith("ion") || word.endsWith("ions")) && kind.violent()) {
            return false;
        }
        // "attributed the craters to fire on 16.09", "damaged due to fire": "to" after such a word is a preposition
        if (kind.violent() && java.util.stream.IntStream.range(Math.max(0, at - 1 - TO_HEAD_REACH), at - 1)
                .anyMatch(i -> TO_AS_PREPOSITION_HEADS.contains(tokens.get(i).key()))) {
            return false;
        }
        return found.stream().noneMatch(c -> c.kind() == Cues.Kind.FACTIVE && c.to() == at);
    }

    /**
     * "are set to meet X, followed by another meeting with Y": the next step of a planned sequence is as
     * planned as the first.
     */
    private static int sequenceStart(List<Token> tokens, int at) {
        for (int i = Math.max(1, at - SEQUENCE_REACH); i < at; i++) {
            if (tokens.get(i - 1).key().equals("followed") && tokens.get(i).key().equals("by")) {
                return i - 1;
            }
        }
        return -1;
    }

    private static final Set<String> DETERMINERS = WORDS.words("determiners-triggerstage");
    /** What sets a fight as the subject of talks told before it: "met to consider", "a meeting on", "talks about". */
    private static final Set<String> FIGHT_TOPIC_WORDS = WORDS.words("talks-topic-words");
    /** How many tokens may stand between talks and the topic word ("met this afternoon in X, at the request of Y, to"). */
    private static final int FIGHT_TOPIC_REACH = WORDS.window("talks-topic-reach");
    /** How many words may describe the named fight between its determiner and it ("the heaviest fighting"). */
    private static final int TOPIC_MODIFIERS = 2;

    /**
     * Whether talks told before the fight take it as their subject: a topic word after the talks, then a determiner and
     * at most a couple of words before the fight ("met ... to consider the heaviest fighting"). (An accord's noun right
     * after a talk noun is the other kind of subject: {@link #topicOfTalks(List, int)}.)
     */
    private static boolean fightTakenUpByTalks(List<Token> tokens, Trigger fight, List<Trigger> acts) {
        for (Trigger talks : acts) {
            if (talks.triggerClass() != TriggerClass.DIPLOMACY || talks.to() > fight.from()) {
                continue;
            }
            for (int d = fight.from() - 1; d >= Math.max(talks.to() + 1, fight.from() - 1 - TOPIC_MODIFIERS); d--) {
                if (DETERMINERS.contains(tokens.get(d).key())) {
                    // (only the fight's own determiner: "on that day the shelling resumed" times the shelling)
                    if (FIGHT_TOPIC_WORDS.contains(tokens.get(d - 1).key()) && d - 1 - talks.to() <= FIGHT_TOPIC_REACH) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static final Set<String> MODALS_AFTER = WORDS.words("modals-after");
    private static final Set<String> TO_AS_PREPOSITION_HEADS = WORDS.words("to-as-preposition-heads");
    /** How many words may stand between such a head and its "to": "attributed the craters to". */
    private static final int TO_HEAD_REACH = 3;
    private static final Set<String> FORECAST_TIMES = WORDS.words("forecast-times");
    private static final Set<String> FORECAST_DEGREES = WORDS.words("forecast-degrees");
    private static final Set<String> FUTURE_PREDICATES = WORDS.words("future-predicates");
    private static final Set<String> SETTING_UP = WORDS.words("setting-up-words");
    private static final Set<String> AUXILIARIES = WORDS.words("auxiliaries");
    private static final int SUBJECT_REACH = WORDS.window("subject-reach");

    /** "further clashes are likely", "the fighting could resume": a noun whose own predicate is a forecast. */
    private static boolean modalAfter(List<Token> tokens, int after) {
        int i = after;
        while (i < tokens.size() && FORECAST_TIMES.contains(tokens.get(i).key())) {
            i++; // "a new clash this year is likely": a time right after the noun takes no room
        }
        int counted = 0;
        for (; i < tokens.size() && counted < 3; i++) {
            if (MODALS_AFTER.contains(tokens.get(i).key()) && !tokens.get(i).isCapitalised()) { // "May" is a month
                return true;
            }
            boolean degree = FORECAST_DEGREES.contains(tokens.get(i).key()) && i + 1 < tokens.size()
                    && MODALS_AFTER.contains(tokens.get(i + 1).key());
            if (!degree) {
                counted++; // "is more likely": a degree right before the forecast takes no room either
            }
        }
        return false;
    }

    private static final Set<String> PERFECT_AUXILIARIES = WORDS.words("perfect-auxiliaries");
    private static final Set<String> BEGINNING_VERBS = WORDS.words("beginning-verbs");

    /** "not yet begun", "not yet taken place": what has not started so far (not "has not yet stopped"). */
    private static boolean notYetBegun(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && tokens.get(at).key().equals("not") && tokens.get(at + 1).key().equals("yet")
                && BEGINNING_VERBS.contains(tokens.get(at + 2).key());
    }

    /**
     * Whether the noun is the subject of a plan or of what did not happen: "a meeting of the heads of the two services
     * is planned for 1 May", "talks on the region's future are due to be held on Thursday", "the summit was postponed".
     */
    private static boolean plannedAsSubject(List<Token> tokens, int after) {
        for (int i = after; i < Math.min(tokens.size() - 1, after + SUBJECT_REACH); i++) {
            String k = tokens.get(i).key();
            if (k.equals(",") || k.equals(";")) {
                return false;
            }
            if (AUXILIARIES.contains(k)) {
                return FUTURE_PREDICATES.contains(tokens.get(i + 1).key());
            }
            if (PERFECT_AUXILIARIES.contains(k) && (notYetBegun(tokens, i + 1) || tokens.get(i + 1).key().equals("been")
                    && i + 2 < tokens.size() && FUTURE_PREDICATES.contains(tokens.get(i + 2).key()))) {
                return true; // "the meeting has not yet begun", "the summit has been postponed"
            }
        }
        return false;
    }

    /** How far after a future act a noun of its kind may still name its setting: "meet ... on the sidelines of a summit". */
    private static final int FUTURE_ACT_REACH = 6;

    /**
     * "are expected to meet in X on the sidelines of an EU summit": a noun of the same kind within a few words after an
     * act a cue puts in the future, in the same clause (no comma, semicolon or colon between), names that act's setting,
     * which has not happened either.
     */
    private static boolean partOfFutureAct(List<Token> tokens, List<Cues.Cue> found, PatternLexicon.Hit h, Trigger t,
                                           Trigger futureAct) {
        return futureAct != null && futureAct.triggerClass() == t.triggerClass() && nominalEvent(found, h)
                && h.from() >= futureAct.to() && h.from() - futureAct.to() <= FUTURE_ACT_REACH
                && tokens.subList(futureAct.to(), h.from()).stream().noneMatch(x -> x.key().equals(",") || x.key().equals(";")
                        || x.key().equals(":"));
    }

    /** Whether the trigger is a noun naming an event as a thing; only such a noun can be a reference or a time. */
    private static boolean nominalEvent(List<Cues.Cue> found, PatternLexicon.Hit h) {
        for (int i = h.from(); i < h.to(); i++) {
            if (Cues.covers(found, Cues.Kind.NOMINAL, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whose");

    /**
     * Where the habit a generic cue tells starts: the relative pronoun opening the clause it stands in ("a dispute
     * that has repeatedly erupted"), or 0 when it governs the whole sentence; -1 when there is no generic cue.
     */
    private static int habitualClauseStart(List<Token> tokens, List<Cues.Cue> found, List<DateMention> dates) {
        int cue = firstGenericCue(found);
        if (cue < 0) {
            return -1;
        }
        for (int i = cue - 1; i > 0; i--) {
            String k = tokens.get(i).key();
            if (RELATIVE_PRONOUNS.contains(k)) {
                return i;
            }
            if (k.equals(";")) {
                return i + 1; // "X asked for help on 9 May; patrols routinely cross": the habit is the second clause's
            }
            if (k.equals("and") && dayToldBefore(tokens.get(i).start(), dates)) {
                return i + 1; // "the gas was cut on 13 December and has been interrupted repeatedly since"
            }
            if (k.equals(".")) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether a day of its own (not one counted from another) is told before the text position {@code at}. */
    private static boolean dayToldBefore(int at, List<DateMention> dates) {
        return dates.stream().anyMatch(d -> d.statesDay() && d.span() != null && d.span().end() <= at);
    }

    /** Where the hit after hit {@code k} starts (the next act told), or {@code end} when it is the last. */
    private static int nextHitFrom(List<PatternLexicon.Hit> hits, int k, int end) {
        int to = hits.get(k).to();
        return hits.stream().mapToInt(PatternLexicon.Hit::from).filter(f -> f >= to).min().orElse(end);
    }

    /** Where the sentence's first generic cue (a habit's word) starts, or -1. */
    private static final Set<String> CONCLUSION_VERBS = WORDS.words("accord-conclusion-verbs");

    /**
     * "A ceasefire signed by A and B the same day largely held": when the habit is an accord's holding and the clause
     * first tells the accord concluded on a day, the habit starts at its cue, and the signing before it is an act.
     */
    private static java.util.Optional<Integer> concludedBeforeItHeld(List<Token> tokens, List<Cues.Cue> found,
                                                                    List<Trigger> triggers, List<DateMention> dates) {
        int cue = firstGenericCue(found);
        boolean holding = cue >= 0 && found.stream().filter(c -> c.kind() == Cues.Kind.GENERIC && c.from() == cue)
                .anyMatch(c -> tokens.subList(c.from(), c.to()).stream().anyMatch(t -> t.key().startsWith("hold")
                        || t.key().equals("held")));
        boolean dayBefore = dates.stream().filter(d -> d.date().precision() == DatePrecision.DAY
                        && d.span() != null)
                .map(d -> Sentence.tokenRange(tokens, d.span())).anyMatch(range -> range != null && range[0] < cue);
        boolean concluded = holding && dayBefore && triggers.stream().anyMatch(t -> t.triggerClass() == TriggerClass.AGREEMENT
                && t.to() <= cue && tokens.subList(t.from(), Math.min(cue, t.to() + 1)).stream()
                        .anyMatch(w -> CONCLUSION_VERBS.contains(w.key()))); // "signed", or "a ceasefire agreed yesterday"
        return concluded ? java.util.Optional.of(cue) : java.util.Optional.empty();
    }

    private static final Set<String> SPEECH_VERBS = WORDS.words("speech-verbs");
    private static final Set<String> FINDING_VERBS = WORDS.words("finding-verbs");

    /**
     * "On 16 and 17 September houses were systematically looted": a sentence that opens on the day of its act tells
     * that act, however it describes the manner of it. A day that dates a statement ("On 15 May the ministry said
     * talks were ongoing") does not.
     */
    private static boolean openedByItsDay(List<Token> tokens, List<Cues.Cue> found, List<DateMention> dates) {
        int cue = firstGenericCue(found);
        // in one clause with the day: "On 12 May the sides agreed a truce, and forces have regularly shelled X" tells a
        // habit after the day; "On 3 March a report found that troops regularly fire" tells what a report found
        if (cue < 0 || tokens.size() < 3 || Sentence.anyKeyIn(tokens, 0, cue, SPEECH_VERBS)
                || Sentence.anyKeyIn(tokens, 0, cue, FINDING_VERBS)) {
            return false;
        }
        int opening = tokens.get(2).start();
        int cueStart = tokens.get(cue).start();
        return dates.stream().anyMatch(d -> d.statesDay() && d.span() != null
                && d.span().start() <= opening && d.span().end() <= cueStart && oneClause(tokens, d.span().end(), cue));
    }

    /** Whether no comma or semicolon stands between a date's end (a comma right after it aside) and a cue. */
    private static boolean oneClause(List<Token> tokens, int dateEnd, int cue) {
        int from = 0;
        while (from < cue && tokens.get(from).start() < dateEnd) {
            from++;
        }
        if (from < cue && tokens.get(from).key().equals(",")) {
            from++; // "On 3 May, houses were ..."
        }
        return !Sentence.anyKeyIn(tokens, from, cue, Set.of(",", ";"));
    }

    private static final Set<String> ONE_DAY_COUNT_WORDS = WORDS.words("one-day-count-words");

    /**
     * "had a series of telephone conversations with X on Monday": acts counted on one stated day are that day's
     * event (one line per type, place and day), not a habit.
     */
    private static boolean countedOnOneDay(List<Token> tokens, List<Cues.Cue> found, List<DateMention> dates) {
        return firstGeneric(found).filter(c -> tokens.subList(c.from(), c.to()).stream()
                        .anyMatch(t -> ONE_DAY_COUNT_WORDS.contains(t.key())))
                .isPresent() && dates.stream().anyMatch(d -> d.statesDay() && d.date().end() == null);
    }

    /** The sentence's first generic cue (a habit's word). */
    private static java.util.Optional<Cues.Cue> firstGeneric(List<Cues.Cue> found) {
        return found.stream().filter(c -> c.kind() == Cues.Kind.GENERIC).min(java.util.Comparator.comparingInt(Cues.Cue::from));
    }

    private static int firstGenericCue(List<Cues.Cue> found) {
        return firstGeneric(found).map(Cues.Cue::from).orElse(-1);
    }

    /** Where the clause of the first generic cue ends: at the semicolon after it, or at the sentence's end. */
    private static int habitualClauseEnd(List<Token> tokens, List<Cues.Cue> found) {
        for (int i = Math.max(0, firstGenericCue(found)); i < tokens.size(); i++) {
            if (tokens.get(i).key().equals(";")) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The asserted triggers of one sentence's tokens. */
    public List<Trigger> find(List<Token> tokens) {
        return decide(tokens, cues.find(tokens), List.of(), List.of()).stream().filter(TriggerCandidate::kept).map(TriggerCandidate::trigger).toList();
    }

    /** Animals a herd's losses are counted in: "27 head of cattle killed", "sheep and goats killed". */
    private static final Set<String> ANIMAL_WORDS = WORDS.words("animal-words");
    /**
     * Words that may stand between the animals and the harm told of them: "cattle were killed", "sheep, 12 injured",
     * "animals killed, injured or missing".
     */
    private static final Set<String> BETWEEN_ANIMALS_AND_HARM = Set.of("were", "was", "been", "have", "has", "had", "and",
            "or", ",", "/", "also", "killed", "injured", "wounded", "hurt", "dead");

    /** Words that may open the phrase naming the animals: "27 head of cattle", "their sheep". */
    private static final Set<String> ANIMAL_PHRASE_WORDS = Set.of("head", "of", "the", "their", "his", "her", "our", "its",
            "some", "all", "many", "several", "dozens", "hundreds");
    /** What may stand before the phrase when the animals are its subject: the start of a clause, or a place's preposition. */
    private static final Set<String> BEFORE_ANIMAL_SUBJECT = Set.of(",", ":", ";", "(", ")", "|", "-", "\u2013", "and", "in", "at", "near", "on",
            "killed", "injured", "wounded");

    /**
     * Whether the harm word at {@code at} counts animals named right before it as its subject: "3 horses killed", "Cattle
     * killed", "In Kesta, 27 head of cattle were killed"; not "men who stayed to look after their cattle were killed".
     */
    private static boolean animalsHarmed(List<Token> tokens, int at) {
        int i = at - 1;
        while (i >= 0 && (BETWEEN_ANIMALS_AND_HARM.contains(tokens.get(i).key()) || tokens.get(i).isNumber())) {
            i--;
        }
        if (i < 0 || !ANIMAL_WORDS.contains(tokens.get(i).key())) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && (ANIMAL_PHRASE_WORDS.contains(tokens.get(before).key())
                || ANIMAL_WORDS.contains(tokens.get(before).key()) || tokens.get(before).text().equals("/"))) {
            before--;
        }
        // a count opens the phrase ("On 3 May nine head of cattle were killed"): the animals counted are the subject
        boolean counted = before >= 0 && (tokens.get(before).isNumber()
                || org.borderwatch.extract.mention.NumberWords.ofWord(tokens.get(before).key()) != null);
        return before < 0 || counted || BEFORE_ANIMAL_SUBJECT.contains(tokens.get(before).key());
    }

    /**
     * Every lexicon hit of the sentence, each kept or dropped by a named rule.
     *
     * @param actorNames token ranges [from, to) of the names of several words the sentence gives its actors: words of
     *                   a name ("Joint Monitoring Center") report nothing
     */
    public List<TriggerCandidate> decide(List<Token> tokens, List<Cues.Cue> found, List<DateMention> dates,
                                         List<int[]> actorNames) {
        List<PatternLexicon.Hit> hits = lexicon.findAll(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Trigger> all = hits.stream().map(h -> trigger(tokens, h)).toList();
        int habitFrom = concludedBeforeItHeld(tokens, found, all, dates)
                .orElse(openedByItsDay(tokens, found, dates) || countedOnOneDay(tokens, found, dates) ? -1
                        : habitualClauseStart(tokens, found, dates));
        if (habitFrom >= 0 && Cues.instancesStart(found) < 0) {
            // "has regularly violated": a pattern, not an event (unless it names dated instances); the dated
            // events it names ("regularly violates the 2020 ceasefire") stay events. A pattern told in a relative
            // clause ("signed a treaty on a border that has repeatedly erupted into fighting") leaves the main
            // clause's acts standing.
            int habitTo = habitualClauseEnd(tokens, found);
            List<TriggerCandidate> habits = new ArrayList<>();
            for (int k = 0; k < hits.size(); k++) {
                Trigger t = all.get(k);
                if (hits.get(k).from() >= habitFrom && hits.get(k).from() < habitTo) {
                    habits.add(datedReference(tokens, found, hits.get(k), t, dates) != null ? keep(t, TriggerRule.DATED_REFERENCE)
                            : drop(t, TriggerRule.HABITUAL));
                }
            }
            List<TriggerCandidate> main = new ArrayList<>();
            if (hits.stream().anyMatch(h -> h.from() < habitFrom)) {
                main.addAll(decide(tokens.subList(0, habitFrom),
                        found.stream().filter(c -> c.to() <= habitFrom).toList(), dates, actorNames));
            }
            main.addAll(habits);
            if (hits.stream().anyMatch(h -> h.from() >= habitTo)) {
                // "...; the request of mid-May produced nothing": a clause after a semicolon is outside the habit
                List<Cues.Cue> later = found.stream().filter(c -> c.kind() != Cues.Kind.GENERIC || c.from() >= habitTo).toList();
                decide(tokens, later, dates, actorNames).stream().filter(c -> c.trigger().from() >= habitTo).forEach(main::add);
            }
            return main;
        }
        List<TriggerCandidate> out = new ArrayList<>();
        List<Trigger> foreground = new ArrayList<>();
        List<Trigger> background = new ArrayList<>();
        boolean allNominal = true;
        boolean previousIrrealis = false;
        int battleEnd = -1;
        // "Under its terms, the forces agreed to disband": what an accord told before says, not a new act
        int accordTerms = openedByTermsOfAccord(tokens) ? 0 : -1;
        // "The offensive followed ...": the told act, and what it followed (when no date of its own is given)
        boolean opensWithToldAct = !hits.isEmpty() && relatesBack(tokens, hits.get(0).from(), hits.get(0).to())
                && (all.get(0).triggerClass().violent() || all.get(0).triggerClass() == TriggerClass.DIPLOMACY);
        boolean undated = dates.stream().noneMatch(DateMention::statesDayOrMonth);
        int referenceEnd = -1;
        Trigger futureAct = null;
        for (int k = 0; k < hits.size(); k++) {
            PatternLexicon.Hit h = hits.get(k);
            Trigger t = all.get(k);
            TriggerRule dropped = null;
            if (insideName(h, actorNames) || capitalisedWordOfAName(tokens, h)) {
                out.add(drop(t, TriggerRule.INSIDE_NAME)); // "Collective Security Treaty Organization", "Alley of Martyrs"
                continue;
            }
            if (h.to() <= referenceEnd) {
                out.add(drop(t, TriggerRule.INSIDE_NAME)); // "agreed" in "the ceasefire agreed on 16 May": part of its name
                continue;
            }
            DateMention referenceDate = datedReference(tokens, found, h, t, dates);
            if (referenceDate != null) {
                out.add(keep(t, TriggerRule.DATED_REFERENCE));
                int[] named = Sentence.tokenRange(tokens, referenceDate.span());
                referenceEnd = named == null || named[0] < h.to() ? referenceEnd : named[1];
                continue;
            }
            if ((t.triggerClass().violent() || DisplacementTriggers.drivesPeopleOut(tokens, t)) && Cues.any(found, Cues.Kind.ACCIDENT)) {
                // a crash or a blast at a depot harms without an attacker; a flood drives people out without one
                dropped = TriggerRule.ACCIDENT;
            } else if (t.triggerClass() == TriggerClass.CASUALTY && animalsHarmed(tokens, h.from())) {
                dropped = TriggerRule.ANIMALS_HARMED;
            } else if (battleEnd >= 0 && h.from() >= battleEnd && h.label().equals("TERRITORY")) {
                dropped = TriggerRule.BATTLE_OUTCOME;
            } else if (opensWithToldAct && (k == 0 || undated)) {
                dropped = TriggerRule.RELATES_BACK;
            } else {
                int sequence = sequenceStart(tokens, h.from());
                boolean governed = Cues.governs(found, Cues.Kind.IRREALIS, tokens, h.from(), IRREALIS_WINDOW)
                        || Cues.governs(found, Cues.Kind.CALL, tokens, h.from(), CALL_WINDOW);
                boolean irrealis = governed || Cues.governs(found, Cues.Kind.ACCUSE, tokens, h.from(), IRREALIS_WINDOW)
                        && !accusedAct(tokens, h, found)
                        || partOfFutureAct(tokens, found, h, t, futureAct);
                boolean planned = !irrealis && sequence >= 0 && (previousIrrealis || found.stream()
                        .anyMatch(c -> c.kind() == Cues.Kind.IRREALIS && c.to() <= sequence));
                previousIrrealis = irrealis || planned;
                if (governed) {
                    futureAct = t; // only an act a cue puts in the future names the setting after it
                }
                // "military operation", "armed escalation"; but "accused Y of shelling X" charges an act, not a topic
                boolean nominal = nominalEvent(found, h) && !accusedVerb(tokens, h, found);
                boolean citesTerms = citedForTerms(tokens, t);
                int nextAct = nextHitFrom(hits, k, tokens.size()); // undoing cues reach back only to the act before them
                if (irrealis) {
                    dropped = TriggerRule.IRREALIS;
                } else if (planned) {
                    dropped = TriggerRule.PLANNED_SEQUENCE;
                } else if (nominal && (modalAfter(tokens, h.to()) || plannedAsSubject(tokens, h.to()))) {
                    dropped = TriggerRule.FORECAST;
                } else if (t.triggerClass() != TriggerClass.AGREEMENT && WholeWar.scopes(tokens, t)) {
                    dropped = TriggerRule.WHOLE_WAR;
                } else if (Cues.governs(found, Cues.Kind.NEGATION, tokens, h.from(), NEGATION_WINDOW)
                        || deniedOfBothSubjects(tokens, h.from())) {
                    dropped = TriggerRule.NEGATED;
                } else if (t.triggerClass() == TriggerClass.AGREEMENT && h.to() - h.from() == 1 && h.from() > 0
                        && DRAFT_WORDS.contains(tokens.get(h.from() - 1).key())) {
                    dropped = TriggerRule.IRREALIS; // "the draft deal": a text proposed, not an accord reached
                } else if (t.triggerClass() == TriggerClass.AGREEMENT && h.to() - h.from() == 1 && topicOfTalks(tokens, h.from())) {
                    dropped = TriggerRule.IRREALIS; // "talks on a peace treaty": the accord worked on, not one reached
                } else if (h.label().equals("MOBILISATION") && h.from() > 0 && CIVIC_MOBILISERS.contains(tokens.get(h.from() - 1).key())) {
                    dropped = TriggerRule.CIVIC_MOBILISATION;
                } else if (Cues.governsBack(t.triggerClass() == TriggerClass.AGREEMENT ? withoutNeverHeld(found, tokens) : found,
                        Cues.Kind.UNDONE, tokens, h.to(), nextAct, UNDONE_WINDOW)
                        || !t.triggerClass().violent() && !heldAfter(tokens, h.to())
                        && Cues.governsBack(found, Cues.Kind.SCHEDULED, tokens, h.to(), nextAct, UNDONE_WINDOW)
                        || cancelled(tokens, found, h.from())
                        || t.triggerClass() == TriggerClass.MEASURE && toldBackOn(tokens, h.to())) {
                    dropped = TriggerRule.CALLED_OFF;
                } else if (nominal && Cues.governs(t.triggerClass() == TriggerClass.AGREEMENT ? found : withoutKeeping(found, tokens),
                        Cues.Kind.REFERENCE, tokens, h.from(), REFERENCE_WINDOW)
                        || accordTerms >= 0 && h.from() >= accordTerms || citesTerms) {
                    // "the ceasefire stipulates a withdrawal": the accord cited for its terms, and the terms, are not
                    // acts being reported
                    dropped = TriggerRule.REFERENCE;
                    accordTerms = citesTerms ? h.to() : accordTerms;
                } else if (leftTalks(tokens, t)) {
                    dropped = TriggerRule.LEFT_TALKS;
                } else if (patrolRound(tokens, t)) {
                    dropped = TriggerRule.PATROL_ROUND;
                } else if (pressLine(tokens, t)) {
                    dropped = TriggerRule.PRESS_LINE;
                } else if (medicalCare(tokens, t)) {
                    dropped = TriggerRule.MEDICAL_CARE;
                } else if (oneSidedPaper(tokens, t)) {
                    dropped = TriggerRule.ONE_SIDED_PAPER;
                } else if (lieOfTheLand(tokens, t)) {
                    dropped = TriggerRule.LIE_OF_THE_LAND;
                } else if (amountIdiom(tokens, t)) {
                    dropped = TriggerRule.AMOUNT_IDIOM;
                } else if (signatureMark(tokens, t)) {
                    dropped = TriggerRule.SIGNATURE_MARK;
                } else if (signaturesCounted(tokens, t)) {
                    dropped = TriggerRule.SIGNATURES_COUNTED;
                } else if (diplomaticProtest(tokens, t)) {
                    dropped = TriggerRule.DIPLOMATIC_PROTEST;
                } else if (campaignRally(tokens, t)) {
                    dropped = TriggerRule.CAMPAIGN_RALLY;
                } else if (signedUp(tokens, t)) {
                    dropped = TriggerRule.SIGNED_UP;
                } else if (columnLabel(tokens, t)) {
                    dropped = TriggerRule.COLUMN_LABEL;
                } else if (attributive(tokens, t) && !leadsAList(tokens)) {
                    // ("Evacuated residents, 29-30 April:" over a list of places heads the evacuation it counts)
                    dropped = TriggerRule.ATTRIBUTIVE;
                } else if (casualtiesReferredTo(tokens, t)) {
                    dropped = TriggerRule.CASUALTIES_REFERRED_TO;
                } else if (t.triggerClass() == TriggerClass.BASE && tokens.stream().noneMatch(x -> SETTING_UP.contains(x.key()))
                        && !putUpBefore(tokens, h.from())) {
                    dropped = TriggerRule.NAMED_POST; // "stopped him at the X checkpoint": a place, not a post set up
                } else if (infinitive(tokens, h.from(), h.label(), found)) {
                    dropped = TriggerRule.INFINITIVE;
                } else if (blaze(tokens, h.from(), h.to())) {
                    dropped = TriggerRule.ACCIDENT; // "A fire hit the market", "a grass fire struck the old trenches"
                } else if (h.label().equals("CLASH") && h.from() > 0 && LIVE_FIRE_WORDS.contains(tokens.get(h.from() - 1).key())
                        && Sentence.anyKeyIn(tokens, Math.max(0, h.from() - DRILL_REACH), h.to() + DRILL_REACH, DRILL_WORDS)) {
                    dropped = TriggerRule.LIVE_FIRE;
                } else if (h.to() < tokens.size() && (h.label().equals("CLASH") || h.label().equals("REMOTE"))
                        && endsWithoutObject(tokens, found,
                        h.to() + 1 < tokens.size() && END_GAP.contains(tokens.get(h.to()).key()) ? h.to() + 1 : h.to())) {
                    // ("the shooting here stopped at six": a word of place or manner may stand before the end)
                    battleEnd = h.to();
                    dropped = TriggerRule.ENDED;
                } else if (h.label().equals("CASUALTY") && found.stream().anyMatch(c -> c.kind() == Cues.Kind.END && c.from() == h.from())) {
                    dropped = TriggerRule.ENDED; // "the shooting died down": a fight's end, not a death
                } else {
                    // "convened an emergency meeting": the noun is the object of its own happening, so it is reported
                    nominal &= !Cues.governs(found, Cues.Kind.CONVENED, tokens, h.from(), CONVENED_WINDOW);
                    // "welcomed the ceasefire agreed on 16 September": an accord told with its day is reported
                    nominal &= !(t.triggerClass() == TriggerClass.AGREEMENT && reachedOnItsDay(tokens, h.to(), dates));
                    allNominal &= nominal;
                    if (nominal && Cues.governs(found, Cues.Kind.SPEECH, tokens, h.from(), SPEECH_WINDOW)) {
                        dropped = TriggerRule.SPEECH_ABOUT;
                    } else if (Cues.governs(found, Cues.Kind.BACKGROUND, tokens, h.from(), BACKGROUND_WINDOW)) {
                        background.add(t);
                    } else {
                        foreground.add(t);
                    }
                }
            }
            if (dropped != null) {
                out.add(drop(t, dropped));
            }
        }
        if (allNominal && Cues.any(found, Cues.Kind.SPEECH)) {
            // a sentence about statements that names events only as things
            foreground.forEach(t -> out.add(drop(t, TriggerRule.STATEMENT_SENTENCE)));
            background.forEach(t -> out.add(drop(t, TriggerRule.STATEMENT_SENTENCE)));
            return inTextOrder(out);
        }
        if (foreground.isEmpty()) {
            // "Officials expect the population, counted before the offensive, to have left": the setting of a forecast
            // is no report of its own
            // (within the forecast's own clause: a semicolon or colon ends its reach)
            int forecast = found.stream().filter(c -> c.kind() == Cues.Kind.IRREALIS).mapToInt(Cues.Cue::from).min()
                    .orElse(Integer.MAX_VALUE);
            // ("talks will be held later, after troops shelled X on 3 May": the dated setting is still reported)
            background.forEach(t -> out.add(datedSequel(tokens, found, t, dates) ? keep(t, TriggerRule.DATED_SEQUENCE)
                    : t.from() > forecast && !clauseBreakBetween(tokens, forecast, t.from())
                    && !timesTheSentence(tokens, found, forecast, t.from())
                    ? drop(t, TriggerRule.IRREALIS) : keep(t, TriggerRule.BACKGROUND_ONLY)));
            return inTextOrder(out);
        }
        boolean otherAct = foreground.stream().anyMatch(t -> !t.triggerClass().violent());
        for (Trigger t : foreground) {
            // "failed to respond to the attack on X" beside a meeting: the attack is named, not reported
            boolean named = otherAct && t.triggerClass() == TriggerClass.ASSAULT && t.from() > 0
                    && DETERMINERS.contains(tokens.get(t.from() - 1).key());
            // "the Council met to consider the heaviest fighting", "an emergency meeting on the offensive": a fight that
            // talks take as their subject is named by them, not reported
            named |= t.triggerClass().violent() && fightTakenUpByTalks(tokens, t, foreground);
            out.add(named ? drop(t, TriggerRule.DEFINITE_REFERENCE) : keep(t, TriggerRule.ASSERTED));
        }
        // "wounded as a result of a shelling attack", "villages are without electricity after shelling": the cause names
        // how the harm was done, and is an act of its own
        // (people left without a supply suffer a loss, as a toll counts one; "the pipeline was damaged" names none)
        // (and so do people driven from their homes: "the clashes killed 55 and forced thousands from their homes")
        boolean harmOnly = foreground.stream().allMatch(t -> t.triggerClass() == TriggerClass.CASUALTY
                || SupplyTriggers.tellsItMissing(tokens, t) || DisplacementTriggers.drivesPeopleOut(tokens, t));
        for (Trigger t : background) {
            out.add(harmOnly && t.triggerClass().violent() ? keep(t, TriggerRule.CAUSE_OF_HARM)
                    : datedSequel(tokens, found, t, dates) || accordOfItsDay(tokens, t, dates) ? keep(t, TriggerRule.DATED_SEQUENCE)
                    : drop(t, TriggerRule.BACKGROUND));
        }
        return inTextOrder(out);
    }

    private static final Set<String> ACCORD_PARTICIPLES = WORDS.words("accord-participles");
    /** "agreed by the two foreign ministers in X on 10 October": how far past the participle the day may stand. */
    private static final int ACCORD_DAY_REACH = 10;

    /** "less than a day after a truce, agreed in X on 10 October, took effect": a setting's accord told with its day. */
    private static boolean accordOfItsDay(List<Token> tokens, Trigger t, List<DateMention> dates) {
        return t.triggerClass() == TriggerClass.AGREEMENT && reachedOnItsDay(tokens, t.to(), dates);
    }

    /**
     * "welcomed the ceasefire agreed on 16 September", "the joint statement agreed by A and B on 7 December": an accord
     * told with the day it was reached is reported, even as the object of speech about it.
     */
    private static boolean reachedOnItsDay(List<Token> tokens, int end, List<DateMention> dates) {
        for (int i = end; i < Math.min(tokens.size(), end + 2); i++) {
            if (ACCORD_PARTICIPLES.contains(tokens.get(i).key())) {
                int from = tokens.get(i).end();
                int until = tokens.get(Math.min(tokens.size() - 1, i + ACCORD_DAY_REACH)).end();
                return dates.stream().anyMatch(d -> d.span() != null && d.statesDay() && d.span().start() >= from
                        && d.span().start() < until);
            }
        }
        return false;
    }

    /**
     * "..., after the leaders met in X on 6 October": an act in a clause of its own, set off by a comma and
     * "after" or "before" (perhaps with the interval between: ", two days after"), that states its own day or month
     * is reported, not only mentioned as the cause.
     */
    private static boolean datedSequel(List<Token> tokens, List<Cues.Cue> found, Trigger t, List<DateMention> dates) {
        Cues.Cue cue = found.stream().filter(c -> c.kind() == Cues.Kind.BACKGROUND && c.to() <= t.from())
                .max(java.util.Comparator.comparingInt(Cues.Cue::from)).orElse(null);
        if (cue == null || !SEQUENCE_WORDS.contains(tokens.get(cue.from()).key())) {
            return false;
        }
        int before = beforeTheInterval(tokens, cue.from() - 1, 0);
        boolean clauseOfItsOwn = before >= 0 && tokens.get(before).key().equals(",");
        // "weeks of calm after the two sides agreed a ceasefire on 16 May": an accord reached on a stated day is an act
        // of that day even in a setting that runs on from the sentence without a comma
        boolean accordOfItsDay = t.triggerClass() == TriggerClass.AGREEMENT && reachedByVerb(tokens, t);
        if (!clauseOfItsOwn && !accordOfItsDay) {
            return false;
        }
        // after an interval ("several months after ..."), only a stated day makes the setting a report of its own
        boolean interval = !clauseOfItsOwn || before < cue.from() - 1;
        int reachEnd = Math.min(tokens.size(), t.to() + SEQUENCE_DATE_REACH);
        return dates.stream().filter(DateMention::statesDayOrMonth)
                .filter(d -> !interval || d.date().precision() == DatePrecision.DAY)
                .anyMatch(d -> d.span() != null
                && d.span().start() >= tokens.get(t.to() - 1).end() && d.span().end() <= tokens.get(reachEnd - 1).end());
    }

    /** "agreed a ceasefire", "signed a truce": the accord's noun right after a verb that reached it. */
    private static boolean reachedByVerb(List<Token> tokens, Trigger t) {
        return Sentence.anyKeyIn(tokens, t.from() - 3, t.from(), ACCORD_PARTICIPLES);
    }

    private static final Set<String> SEQUENCE_WORDS = WORDS.words("sequence-words");
    private static final int SEQUENCE_DATE_REACH = 8;

    /** Whether the accord's noun at {@code noun} is what talks are about: "talks on a peace treaty text". */
    private static boolean topicOfTalks(List<Token> tokens, int noun) {
        for (int i = noun - 1; i >= Math.max(1, noun - TOPIC_REACH); i--) {
            String k = tokens.get(i).key();
            if (TOPIC_PREPOSITIONS.contains(k)) {
                return TALKS_ABOUT.contains(tokens.get(i - 1).key());
            }
            if (!Character.isLetter(k.charAt(0)) || tokens.get(i).isCapitalised() || k.endsWith("ed")) {
                return false; // ("the talks on Monday yielded a truce": a day and a verb stand between)
            }
        }
        return false;
    }

    private static final Set<String> TALK_NOUNS = WORDS.words("talk-nouns");
    private static final int TALK_REACH = WORDS.window("talk-reach");

    private static final Set<String> ATTRIBUTIVE_HEADS = WORDS.words("attributive-heads");
    private static final Set<String> FIGHT_ATTRIBUTIVE_HEADS = WORDS.words("fight-attributive-heads");
    private static final Set<String> ATTRIBUTIVE_OPENERS = WORDS.words("attributive-openers");
    private static final Set<String> PROGRESSIVE_AUXILIARIES = WORDS.words("progressive-auxiliaries");

    /**
     * "evacuation points", "the evacuated families": a measure's word that describes the people or the places it
     * concerns names no act of its own. A participle counts only after an article, a quantifier or a figure, since
     * "authorities evacuated residents" reports one.
     */
    private static boolean attributive(List<Token> tokens, Trigger t) {
        if (t.triggerClass() == TriggerClass.CLASH && t.to() - t.from() == 1 && t.to() < tokens.size()
                && FIGHT_ATTRIBUTIVE_HEADS.contains(tokens.get(t.to()).key())) {
            return true; // "new fighting positions appear on the ridges": a kind of position, not a fight
        }
        if (t.triggerClass() != TriggerClass.MEASURE || t.to() - t.from() != 1 || t.to() >= tokens.size()
                || !ATTRIBUTIVE_HEADS.contains(tokens.get(t.to()).key())) {
            return false;
        }
        String word = tokens.get(t.from()).key();
        if (word.endsWith("ing") && t.from() > 0 && PROGRESSIVE_AUXILIARIES.contains(tokens.get(t.from() - 1).key())) {
            return false; // "the ministry is evacuating residents": a verb with its object, not "the fleeing residents"
        }
        if (!word.endsWith("ed")) {
            return true; // a noun before a noun: "evacuation centres"
        }
        return t.from() == 0 || ATTRIBUTIVE_OPENERS.contains(tokens.get(t.from() - 1).key()) || tokens.get(t.from() - 1).isNumber();
    }

    /**
     * "The wounded are being treated", "the two wounded soldiers were flown out": a casualty word after "the" (and
     * perhaps a number) names people an earlier report already counted; it tells of no new harm.
     */
    private static boolean casualtiesReferredTo(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.CASUALTY || t.to() - t.from() != 1) {
            return false;
        }
        int before = t.from() - 1;
        if (before >= 1 && tokens.get(before).isNumber()) {
            before--;
        }
        if (before >= 1 && tokens.get(before).key().equals("who")) {
            before--; // "condolences to the families of those who died"
        }
        return before >= 0 && (tokens.get(before).key().equals("the") || tokens.get(before).key().equals("those"));
    }

    private static final Set<String> PROTEST_DELIVERY = WORDS.words("protest-delivery-words");
    private static final Set<String> PROTEST_PAPER = WORDS.words("protest-paper-words");

    /**
     * "expressed a protest to the other side", "a note of protest", "protested in the strongest terms": a protest a
     * government delivers or words is a diplomatic statement; people protesting in the street are not told this way.
     */
    private static boolean diplomaticProtest(List<Token> tokens, Trigger t) {
        String word = tokens.get(t.from()).key();
        if (t.triggerClass() == TriggerClass.MEASURE && word.equals("sent") && t.to() < tokens.size()
                && PROTEST_PAPER.contains(tokens.get(t.to()).key())) {
            return true; // "sent a note of protest": paper, not a mission or a convoy sent
        }
        if (t.triggerClass() != TriggerClass.PROTEST || !word.equals("protest") && !word.equals("protested")) {
            return false;
        }
        for (int i = Math.max(0, t.from() - 3); i < t.from(); i++) {
            if (PROTEST_DELIVERY.contains(tokens.get(i).key())) {
                return true; // "lodged a protest", "expresses its strong protest"
            }
        }
        boolean noteOf = t.from() >= 2 && PROTEST_PAPER.contains(tokens.get(t.from() - 2).key())
                && tokens.get(t.from() - 1).key().equals("of"); // "a note of protest"
        boolean noteAfter = t.to() < tokens.size() && PROTEST_PAPER.contains(tokens.get(t.to()).key()); // "a protest note"
        boolean strongestTerms = t.to() + 3 < tokens.size() && tokens.get(t.to() + 2).key().equals("strongest")
                && tokens.get(t.to() + 3).key().equals("terms"); // "protested in the strongest terms"
        return noteOf || noteAfter || strongestTerms;
    }

    private static final Set<String> CAMPAIGN_MODIFIERS = WORDS.words("campaign-modifiers");
    private static final Set<String> CANDIDATE_WORDS = WORDS.words("candidate-words");
    private static final Set<String> RALLY_NOUNS = Set.of("rally", "rallies");
    private static final Set<String> DEMAND_WORDS = WORDS.words("demand-words");

    /**
     * "a campaign rally", "at two rallies ... candidates spoke": a gathering an election campaign holds is politics at
     * home, not a protest (a movement "campaigning against" the government still protests).
     */
    private static boolean campaignRally(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.PROTEST || !RALLY_NOUNS.contains(tokens.get(t.from()).key())) {
            return false; // "an election protest", "the campaign rallied outside parliament" protest
        }
        boolean modified = t.from() > 0 && CAMPAIGN_MODIFIERS.contains(tokens.get(t.from() - 1).key());
        // (a rally "demanding the release of jailed candidates" is a protest about them)
        return modified || tokens.stream().anyMatch(x -> CANDIDATE_WORDS.contains(x.key()))
                && tokens.stream().noneMatch(x -> DEMAND_WORDS.contains(x.key()));
    }

    /** "signed up at one of our events": a sign-up, not a signature under an accord. */
    private static boolean signedUp(List<Token> tokens, Trigger t) {
        return t.triggerClass() == TriggerClass.AGREEMENT && t.to() < tokens.size() && tokens.get(t.to()).key().equals("up")
                && tokens.get(t.to() - 1).key().startsWith("sign");
    }

    private static final Set<String> ONE_SIDED_ACTS = WORDS.words("one-sided-instruments");

    /** "signed a decree", "signed the law": a paper one side signs on its own (its object right after) binds no one else. */
    private static boolean oneSidedPaper(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.AGREEMENT || !tokens.get(t.from()).key().startsWith("sign")) {
            return false;
        }
        for (int i = t.to(); i < Math.min(tokens.size(), t.to() + 3); i++) {
            if (ONE_SIDED_ACTS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRESENT_BE = Set.of("is", "are");

    /** "X is surrounded by Y", "the land that surrounds the enclave": where a place lies, told in the present. */
    private static boolean lieOfTheLand(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.TERRITORY) {
            return false;
        }
        String word = tokens.get(t.from()).key();
        boolean isSurrounded = word.equals("surrounded") && t.from() > 0 && PRESENT_BE.contains(tokens.get(t.from() - 1).key());
        return isSurrounded || word.equals("surrounds");
    }

    private static final Set<String> AMOUNT_ADJECTIVES = Set.of("great", "good");

    /** "matters a great deal", "a good deal of damage": "deal" as an amount. */
    private static boolean amountIdiom(List<Token> tokens, Trigger t) {
        return t.triggerClass() == TriggerClass.AGREEMENT && t.to() - t.from() == 1 && tokens.get(t.from()).key().equals("deal")
                && t.from() >= 2 && AMOUNT_ADJECTIVES.contains(tokens.get(t.from() - 1).key()) && tokens.get(t.from() - 2).key().equals("a");
    }

    /** "(signed) A.K. / R.Sh.", "/signed/", "Signed: ...": the word alone in brackets, or a label opening the line. */
    private static boolean signatureMark(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.AGREEMENT || t.to() - t.from() != 1 || !tokens.get(t.from()).key().equals("signed")) {
            return false;
        }
        String before = t.from() > 0 ? tokens.get(t.from() - 1).text() : "";
        String after = t.to() < tokens.size() ? tokens.get(t.to()).text() : "";
        boolean enclosed = before.equals("(") && after.equals(")") || before.equals("[") && after.equals("]")
                || before.equals("/") && after.equals("/");
        return enclosed || t.from() == 0 && after.equals(":");
    }

    private static final Set<String> SIGNER_WORDS = WORDS.words("signature-count-fillers");

    /**
     * "2,614 have signed", "signed by more than 5,000 people": a petition's or an open letter's count of signers, who are
     * no parties to an accord. A figure stands as the subject (only fillers between) or right after "signed by".
     */
    private static boolean signaturesCounted(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.AGREEMENT || !tokens.get(t.from()).key().startsWith("sign")) {
            return false;
        }
        int i = t.from() - 1;
        while (i >= 0 && SIGNER_WORDS.contains(tokens.get(i).key())) {
            i--;
        }
        if (i >= 0 && tokens.get(i).isNumber()) {
            return true;
        }
        int j = t.to();
        if (j < tokens.size() && tokens.get(j).key().equals("by")) {
            j++;
            while (j < tokens.size() && SIGNER_WORDS.contains(tokens.get(j).key())) {
                j++;
            }
            return j < tokens.size() && tokens.get(j).isNumber();
        }
        return false;
    }

    /** A sentence that ends with a colon: the lead of a list (frame.ListedPlaces reads the list under it). */
    public static boolean leadsAList(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(":");
    }

    private static final Set<String> PATROL_NOUNS = WORDS.words("patrol-nouns");
    private static final int PATROL_REACH = WORDS.window("patrol-reach");
    private static final Set<String> PATROL_CLAUSE_ENDS = WORDS.words("patrol-clause-ends");

    /**
     * A visit or meeting whose subject is a patrol ("a patrol of the mission visited Kesta", "the patrol travelled to X
     * and spoke with the village head"): a monitor's routine round, which no coder counts as talks.
     */
    private static boolean patrolRound(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.DIPLOMACY) {
            return false;
        }
        for (int i = t.from() - 1; i >= Math.max(0, t.from() - PATROL_REACH); i--) {
            String k = tokens.get(i).key();
            if (PATROL_CLAUSE_ENDS.contains(k)) {
                return false; // "After a patrol came under fire, the ministers met": the patrol is another clause's
            }
            if (PATROL_NOUNS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CANCELLED_OBJECT_ENDS = WORDS.words("cancelled-object-ends");

    /**
     * "calls off the joint command-staff exercise": a cancelling word a few words before the act, with nothing between
     * them that ends the cancelled thing's name ("cancelled exams at schools hit by mortar fire" cancels the exams only).
     */
    private static boolean cancelled(List<Token> tokens, List<Cues.Cue> found, int at) {
        return found.stream().anyMatch(c -> c.kind() == Cues.Kind.CANCELLED && Cues.governedBy(c, tokens, at, CANCELLED_WINDOW)
                && !Sentence.anyKeyIn(tokens, c.to(), at, CANCELLED_OBJECT_ENDS));
    }

    private static final Set<String> CARE_NOUNS = WORDS.words("care-nouns");
    private static final int CARE_REACH = WORDS.window("care-reach");

    /** "the wounded soldier was evacuated to a military hospital": taken into care, not driven from home. */
    private static boolean medicalCare(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.MEASURE || !tokens.get(t.from()).key().startsWith("evacuat")) {
            return false;
        }
        for (int i = t.to(); i < Math.min(tokens.size(), t.to() + CARE_REACH); i++) {
            if (tokens.get(i).key().equals("to")) {
                return Sentence.anyKeyIn(tokens, i + 1, i + 1 + CARE_REACH, CARE_NOUNS);
            }
        }
        return false;
    }

    private static final Set<String> CALL_MEDIA = WORDS.words("call-media");
    private static final Set<String> PRESS_WORDS = WORDS.words("press-words");
    private static final Set<String> PRESS_CONTACT_VERBS = WORDS.words("press-contact-verbs");
    private static final Set<String> PRESS_REQUESTS = WORDS.words("press-requests");
    private static final int PRESS_REACH = WORDS.window("press-reach");

    /**
     * Whether the trigger fills a whole cell of a table row that holds no figure: a heading row ("Date | Location |
     * Killed"), whose words name columns, not acts.
     */
    private static boolean columnLabel(List<Token> tokens, Trigger t) {
        boolean cellStart = t.from() == 0 || tokens.get(t.from() - 1).isCellBar();
        boolean cellEnd = t.to() >= tokens.size() || tokens.get(t.to()).isCellBar();
        long bars = tokens.stream().filter(Token::isCellBar).count();
        return cellStart && cellEnd && bars >= 2 && tokens.stream().noneMatch(x -> x.text().chars().anyMatch(Character::isDigit));
    }

    /**
     * "told our correspondent by telephone", "(a reporter, by phone from Kesta)": a call told only by its medium is a
     * source's line to the press when the press is named just before it, or when the call comes "from" a place; and a
     * request for comment is the press asking.
     */
    private static boolean pressLine(List<Token> tokens, Trigger t) {
        if (t.triggerClass() == TriggerClass.APPEAL && t.to() < tokens.size()
                && PRESS_REQUESTS.contains(tokens.get(t.to()).key())) {
            return true; // "did not respond to a request for comment": the press asking, not a side appealing
        }
        // "sat down with reporters", "met with the journalists": a talk with the press, no diplomacy
        int object = t.to() < tokens.size() && DETERMINERS.contains(tokens.get(t.to()).key()) ? t.to() + 1 : t.to();
        if (t.triggerClass() == TriggerClass.DIPLOMACY && object < tokens.size() && PRESS_WORDS.contains(tokens.get(object).key())) {
            return true;
        }
        if (t.triggerClass() != TriggerClass.DIPLOMACY || t.to() - t.from() != 2
                || !tokens.get(t.from()).key().equals("by") || !CALL_MEDIA.contains(tokens.get(t.from() + 1).key())) {
            return false;
        }
        // ("a spokesman told K-News by phone", "a doctor said by telephone": a quote's line to the press; "residents
        // reached by the radio by telephone": the press reaching its sources)
        return t.to() < tokens.size() && tokens.get(t.to()).key().equals("from")
                || Sentence.anyKeyIn(tokens, t.from() - PRESS_REACH, t.from(), PRESS_WORDS)
                || reachedByThePress(tokens, t.from())
                || Sentence.anyKeyIn(tokens, t.from() - PRESS_REACH, t.from(), SPEECH_VERBS)
                && (t.from() == 0 || !TALK_VERBS.contains(tokens.get(t.from() - 1).key()));
    }

    /**
     * "residents reached by the radio by telephone", "a doctor contacted by phone": a contact verb in the passive before
     * the call's medium ("the minister reached his counterpart by phone" names whom a party called).
     */
    private static boolean reachedByThePress(List<Token> tokens, int medium) {
        for (int i = Math.max(0, medium - PRESS_REACH); i < medium && i + 1 < tokens.size(); i++) {
            if (PRESS_CONTACT_VERBS.contains(tokens.get(i).key()) && tokens.get(i + 1).key().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs right before "by phone" that make it a call ("said he had spoken by telephone with ..."). */
    private static final Set<String> TALK_VERBS = Set.of("spoke", "spoken", "speak", "speaks", "talked", "talk", "talks",
            "conferred", "consulted");

    /**
     * Whether "fire hit" or "fire struck" tells a blaze, not shooting: "fire" right after an article or a word for
     * what burns ("A fire hit the market", "a grass fire struck the trenches"); shooting's fire is told by its side or
     * its weapon ("Southian fire hit the posts", "mortar fire struck the town").
     */
    private static boolean blaze(List<Token> tokens, int from, int to) {
        return to - from >= 2 && from > 0 && tokens.get(from).key().equals("fire")
                && (tokens.get(from + 1).key().equals("hit") || tokens.get(from + 1).key().equals("struck"))
                && BLAZE_WORDS.contains(tokens.get(from - 1).key());
    }

    /** A move of ground ("pulled out", "withdrew") whose object is talks: "pulled out of a planned meeting". */
    private static boolean leftTalks(List<Token> tokens, Trigger t) {
        if (t.triggerClass() != TriggerClass.TERRITORY) {
            return false;
        }
        for (int i = t.to(); i < Math.min(tokens.size(), t.to() + TALK_REACH); i++) {
            if (TALK_NOUNS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private static final int TERMS_REACH = WORDS.window("terms-reach");

    /** A sentence that opens "Under its terms" or "Under the terms of ...". */
    private static boolean openedByTermsOfAccord(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).key().equals("under")) {
            return false;
        }
        return tokens.stream().limit(TERMS_REACH + 1).anyMatch(t -> t.key().equals("terms"));
    }

    /** An accord followed by what it says: "the ceasefire stipulates ...". */
    private static boolean citedForTerms(List<Token> tokens, Trigger t) {
        return t.triggerClass() == TriggerClass.AGREEMENT && t.to() < tokens.size()
                && ACCORD_CONTENT_VERBS.contains(tokens.get(t.to()).key());
    }

    /**
     * "the 2020 ceasefire agreement", "the September 2022 escalation": an event noun (or an accord) named with a
     * date of its own is an event of that date, however the sentence around it mentions it, unless it is
     * planned or negated. Returns that date, or null when the trigger names no such event.
     */
    private static DateMention datedReference(List<Token> tokens, List<Cues.Cue> found, PatternLexicon.Hit h, Trigger t,
                                              List<DateMention> dates) {
        if (!(nominalEvent(found, h) || t.triggerClass() == TriggerClass.AGREEMENT)
                || Cues.governs(found, Cues.Kind.IRREALIS, tokens, h.from(), IRREALIS_WINDOW)
                || Cues.governs(found, Cues.Kind.NEGATION, tokens, h.from(), NEGATION_WINDOW)
                || cancelled(tokens, found, h.from())) {
            return null;
        }
        return DatedReference.dateOf(tokens, t, dates);
    }

    private static final Set<String> INTERVAL_WORDS = WORDS.words("interval-words");

    /**
     * "called on both sides to show restraint, hours after troops shelled X": a cause clause set off by a comma, with
     * at most an interval before its cue, dates the whole sentence by an act that took place; it is not part of what
     * the call asks for.
     */
    private static boolean timesTheSentence(List<Token> tokens, List<Cues.Cue> found, int forecast, int at) {
        for (Cues.Cue c : found) {
            if (c.kind() != Cues.Kind.BACKGROUND || c.from() <= forecast || !Cues.governedBy(c, tokens, at, BACKGROUND_WINDOW)) {
                continue;
            }
            int i = beforeTheInterval(tokens, c.from() - 1, forecast);
            if (i > forecast && tokens.get(i).key().equals(",") && !Cues.notYetHappened(tokens, c.to(), Sentence.clauseEnd(tokens, c.to()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Going back from {@code from} (not past {@code floor}) over an interval's words ("two days", "shortly", "less
     * than 24 hours"): the index of the first token before them.
     */
    private static int beforeTheInterval(List<Token> tokens, int from, int floor) {
        int i = from;
        while (i > floor && (INTERVAL_WORDS.contains(tokens.get(i).key()) || tokens.get(i).isNumber())) {
            i--;
        }
        return i;
    }

    private static boolean clauseBreakBetween(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(t -> t.key().equals(";") || t.key().equals(":"));
    }

    /**
     * "The offensive followed nine months of ...", "The clashes came after ...": an act named with "the" as the
     * opening subject of a verb that places it in time is the act the text already told, not a new one.
     */
    private static boolean relatesBack(List<Token> tokens, int from, int to) {
        return from == 1 && to < tokens.size() && DETERMINERS.contains(tokens.get(0).key())
                && (RELATING_VERBS.contains(tokens.get(to).key()) || rankedAmongOthers(tokens, to))
                || pronounRanksIt(tokens, from);
    }

    private static final Set<String> RANKED_PRONOUNS = Set.of("this", "it", "that");
    /** "the second such attack": how many words may stand between the rank and the act's noun. */
    private static final int RANK_MODIFIERS = 1;

    /** "This was the second attack on our district in two days": the act just told, counted among others. */
    private static boolean pronounRanksIt(List<Token> tokens, int from) {
        return from >= 4 && from <= 4 + RANK_MODIFIERS && RANKED_PRONOUNS.contains(tokens.get(0).key())
                && rankedAmongOthers(tokens, 1);
    }

    /** "The shooting was the bloodiest since ...", "the clash is the first in months": the told act ranked, not told again. */
    private static boolean rankedAmongOthers(List<Token> tokens, int verb) {
        if (verb + 2 >= tokens.size() || !COPULAS.contains(tokens.get(verb).key()) || !tokens.get(verb + 1).key().equals("the")) {
            return false;
        }
        String rank = tokens.get(verb + 2).key();
        return RANKING_WORDS.contains(rank) || rank.length() > 5 && rank.endsWith("est");
    }

    /**
     * A one-word trigger in capitals after "of" and a capitalised word, or between two capitalised words, in a sentence
     * not set in title case: a word of a proper name ("buried in the Alley of Martyrs", "Caucasus Detainee Watch
     * welcomes ..."), which reports nothing.
     */
    private static boolean capitalisedWordOfAName(List<Token> tokens, PatternLexicon.Hit h) {
        if (h.to() - h.from() != 1 || h.from() < 1 || !tokens.get(h.from()).isCapitalised()) {
            return false;
        }
        boolean afterNamesOf = h.from() >= 2 && tokens.get(h.from() - 1).text().equals("of")
                && tokens.get(h.from() - 2).isCapitalised();
        // "Caucasus Detainee Watch welcomes ...": a capitalised word between capitalised words is a word of a name
        boolean betweenCapitals = h.to() < tokens.size() && nameWord(tokens.get(h.from() - 1)) && nameWord(tokens.get(h.to()));
        if (!afterNamesOf && !betweenCapitals) {
            return false;
        }
        long lower = tokens.stream().filter(x -> Character.isLowerCase(x.text().charAt(0))).count();
        long upper = tokens.stream().filter(Token::isCapitalised).count();
        return lower > upper;
    }

    private static boolean nameWord(Token t) {
        return t.isCapitalised() && t.text().chars().allMatch(Character::isLetter);
    }

    private static boolean insideName(PatternLexicon.Hit h, List<int[]> names) {
        return names.stream().anyMatch(n -> n[0] <= h.from() && h.to() <= n[1]);
    }

    private static Trigger trigger(List<Token> tokens, PatternLexicon.Hit h) {
        return Trigger.over(TriggerClass.valueOf(h.label()), tokens, h.from(), h.to());
    }

    private static TriggerCandidate keep(Trigger t, TriggerRule rule) {
        return new TriggerCandidate(t, rule.decide(Decision.Verdict.KEEP, t.triggerClass() + " '" + t.text() + "'"));
    }

    private static TriggerCandidate drop(Trigger t, TriggerRule rule) {
        return new TriggerCandidate(t, rule.decide(Decision.Verdict.DROP, t.triggerClass() + " '" + t.text() + "'"));
    }

    private static List<TriggerCandidate> inTextOrder(List<TriggerCandidate> candidates) {
        List<TriggerCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(java.util.Comparator.comparingInt(c -> c.trigger().from()));
        return List.copyOf(sorted);
    }

    /** "of shelling", "of setting fire": the hit is a verb in -ing right after "of". */
    private static boolean ofAndVerbInIng(List<Token> tokens, PatternLexicon.Hit h) {
        return h.from() > 0 && tokens.get(h.from() - 1).key().equals("of") && tokens.get(h.from()).key().endsWith("ing");
    }

    /**
     * "accused Y of shelling X": the charged act is told by its own verb in -ing, which is then no event named as a
     * topic; "accused Y of violating the ceasefire" names the accord, and stays a characterisation.
     */
    private static boolean accusedVerb(List<Token> tokens, PatternLexicon.Hit h, List<Cues.Cue> found) {
        return ofAndVerbInIng(tokens, h) && Cues.covers(found, Cues.Kind.NOMINAL, h.from())
                && found.stream().anyMatch(c -> c.kind() == Cues.Kind.ACCUSE && c.to() <= h.from());
    }

    /**
     * The concrete act an accusation charges, told as "of" and a verb in -ing ("accused Y of setting fire to houses",
     * "of shelling Kesta") or as a clause after "that" ("the allegations that Y's troops set fire to houses"): a
     * claimed event, where "accused Y of provocations" only characterises.
     */
    private static boolean accusedAct(List<Token> tokens, PatternLexicon.Hit h, List<Cues.Cue> found) {
        if (ofAndVerbInIng(tokens, h)) {
            return true;
        }
        int accusation = found.stream().filter(c -> c.kind() == Cues.Kind.ACCUSE && c.to() <= h.from())
                .mapToInt(Cues.Cue::to).max().orElse(h.from());
        return tokens.subList(accusation, h.from()).stream().anyMatch(t -> t.key().equals("that"));
    }

    /**
     * "neither Northia nor Southia has so far asked the bloc": a subject joined by "neither ... nor" denies the act of
     * each, though the "nor" stands further from the verb than a plain negation may.
     */
    private static boolean deniedOfBothSubjects(List<Token> tokens, int at) {
        for (int nor = at - 1; nor >= 1 && nor >= at - NEITHER_NOR_REACH; nor--) {
            String key = tokens.get(nor).key();
            if (key.equals(",") || key.equals(";") || key.equals(":")) {
                return false;
            }
            if (key.equals("nor")) {
                boolean subjectThenVerb = tokens.subList(nor + 1, at).stream()
                        .allMatch(t -> t.isCapitalised() || NEITHER_NOR_GAP.contains(t.key()));
                // ("neither A nor B reported casualties in the shelling": the act is told, not denied)
                return subjectThenVerb && Sentence.anyKeyIn(tokens, nor - NEITHER_NOR_REACH, nor, NEITHER);
            }
        }
        return false;
    }
}
