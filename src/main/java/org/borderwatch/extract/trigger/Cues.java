package org.borderwatch.extract.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.extract.config.WordLists;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;

/**
 * The cue lexicon (extract/cues.tsv): irrealis, negation, falsity, hedges and attribution verbs,
 * found once per sentence and queried by position.
 */
public final class Cues {
    public enum Kind { IRREALIS, ACCUSE, NEGATION, FALSE, SOURCED, HEDGE, ASSERT, DENY, BLAME, GENERIC, EXAMPLE, SPEECH, NOMINAL, END, BACKGROUND, FACTIVE, CONVENED, REFERENCE, ACCIDENT, UNDONE, SCHEDULED, CANCELLED, CALL }

    /** A cue of some kind over tokens [from, to). */
    public record Cue(Kind kind, int from, int to) {
    }

    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", ":", "but", "while", "which", "after",
            "before", "when", "as", "\u2013", "-", "\u2014", "however", "whereas");

    private static final WordLists WORDS = WordLists.english();
    private static final Set<String> TIMES_OF_DAY = WORDS.words("times-of-day");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

    private static final Set<String> MODAL_HEDGES = WORDS.words("modal-hedges");
    /** "I", "we": the speaker, whose "can confirm that" asserts what is confirmed ("cannot" denies it). */
    private static final Set<String> CONFIRMING_SPEAKERS = WORDS.words("confirming-speakers");
    private static final Set<String> CONFIRMING_VERBS = WORDS.words("confirming-verbs");
    private static final Set<String> REMINDER_VERBS = WORDS.words("reminder-verbs");
    private static final Set<String> SPEAKER_REMINDER_VERBS = WORDS.words("speaker-reminder-verbs");
    private static final Set<String> REMINDER_LEAD_WORDS = WORDS.words("reminder-lead-words");
    /** How many words may stand between "would" and the reminder's verb: "would just like to recall". */
    private static final int REMINDER_LEAD_REACH = 3;
    /** How far after the reminder's verb its "that" may stand: "remind you all that". */
    private static final int REMINDER_THAT_REACH = 3;
    private static final Set<String> DUE_LINKS = Set.of("in", "at");
    private static final Set<String> CAUSE_DEGREES = WORDS.words("cause-degrees");

    private final PatternLexicon lexicon;

    public Cues(PatternLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static Cues english() {
        return new Cues(PatternLexicon.fromResource("/extract/cues.tsv"));
    }

    /** All cues of a sentence; a phrase can be several kinds ("accused" asserts and blames). */
    public List<Cue> find(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (PatternLexicon.Hit h : lexicon.allAt(tokens, i)) {
                cues.add(new Cue(Kind.valueOf(h.label()), h.from(), h.to()));
            }
        }
        // "in May", "WED 3 MAY": the month, written with a capital, is no modal; a sentence opening with the modal is
        // rare in reports
        cues.removeIf(c -> c.kind() == Kind.IRREALIS && c.to() - c.from() == 1 && tokens.get(c.from()).key().equals("may")
                && !tokens.get(c.from()).text().equals("may"));
        // "may have died": a hedge on what happened, not a plan; "is due in part to shelling": a cause, not an arrival
        cues.removeIf(c -> c.kind() == Kind.IRREALIS && c.to() < tokens.size()
                && (MODAL_HEDGES.contains(tokens.get(c.from()).key() + " " + tokens.get(c.to()).key()) || dueToACause(tokens, c)));
        // "It should be recalled that the decision was reached ...", "it must be noted that": a reminder to the reader,
        // which asserts what follows, not a modal over it
        cues.removeIf(c -> c.kind() == Kind.IRREALIS && c.to() + 1 < tokens.size() && tokens.get(c.to()).key().equals("be")
                && REMINDER_VERBS.contains(tokens.get(c.to() + 1).key()));
        // "I would also recall that a similar action on 3 May blocked the road", "we would like to stress that": the
        // speaker's courtesy before a reminder, which asserts what follows
        cues.removeIf(c -> c.kind() == Kind.IRREALIS && speakersReminder(tokens, c.to()));
        // "[WARNING] Exchange of fire near X": an alert's label in brackets heads the message, it tells of no warning given
        cues.removeIf(c -> c.kind() == Kind.SPEECH && c.from() > 0 && c.to() < tokens.size()
                && tokens.get(c.from() - 1).key().equals("[") && tokens.get(c.to()).key().equals("]"));
        // "I can confirm that on Tuesday two citizens were detained": a spokesman's ability to confirm asserts it (not
        // "no one could confirm that", "asked whether he could confirm that": only the speaker's own "I/we can")
        cues.removeIf(c -> c.kind() == Kind.IRREALIS && c.to() - c.from() == 1 && c.to() + 1 < tokens.size() && c.from() > 0
                && CONFIRMING_SPEAKERS.contains(tokens.get(c.from() - 1).key()) && tokens.get(c.from()).key().equals("can")
                && CONFIRMING_VERBS.contains(tokens.get(c.to()).key()) && tokens.get(c.to() + 1).key().equals("that"));
        // "shortly after midnight, troops shelled X": a cause word before an hour dates the act, it names no cause
        cues.removeIf(c -> c.kind() == Kind.BACKGROUND && c.to() < tokens.size() && timeOfDay(tokens.get(c.to())));
        // "said in a statement": a word of speech inside a longer attribution only says who reports
        List<Cue> attributions = cues.stream().filter(c -> c.kind() == Kind.ASSERT).toList();
        cues.removeIf(c -> c.kind() == Kind.SPEECH && attributions.stream()
                .anyMatch(x -> x.from() <= c.from() && c.to() <= x.to() && x.to() - x.from() > c.to() - c.from()));
        return cues;
    }

    /**
     * Whether the words from {@code at} are a speaker's reminder after "would", a verb of reminding with "that" after
     * it: "also recall that", "like to stress that", "remind you that" (not "would repeat the strikes", a threat).
     */
    private static boolean speakersReminder(List<Token> tokens, int at) {
        int i = at;
        while (i < tokens.size() && i - at < REMINDER_LEAD_REACH && REMINDER_LEAD_WORDS.contains(tokens.get(i).key())) {
            i++;
        }
        if (i >= tokens.size() || !SPEAKER_REMINDER_VERBS.contains(tokens.get(i).key())) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + REMINDER_THAT_REACH); k++) {
            if (tokens.get(k).key().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of {@code kind} governs the trigger starting at {@code at}: before it, in the same clause. */
    public static boolean governs(List<Cue> cues, Kind kind, List<Token> tokens, int at, int window) {
        return cues.stream().anyMatch(c -> c.kind() == kind && governedBy(c, tokens, at, window));
    }

    /** Whether cue {@code c} governs the trigger starting at {@code at}: before it, within the window, in its clause. */
    public static boolean governedBy(Cue c, List<Token> tokens, int at, int window) {
        return c.to() <= at && at - c.to() <= window && sameClause(tokens, c.to(), at);
    }

    /**
     * Whether a cue of {@code kind} follows the words ending at {@code end} within {@code window} tokens, in the same
     * clause and before {@code nextAct} (where the sentence's next act starts): "the meeting ... was called off" undoes
     * the meeting told before it, but not an act told before that one ("fighting broke out and talks were called off")
     * nor one a new predicate leaves behind ("shelled Kesta and postponed the handover").
     */
    public static boolean governsBack(List<Cue> cues, Kind kind, List<Token> tokens, int end, int nextAct, int window) {
        for (Cue c : cues) {
            if (c.kind() == kind && c.from() >= end && c.from() - end <= window && c.from() < nextAct
                    && sameClause(tokens, end, c.from())) {
                return true;
            }
        }
        return false;
    }

    /** "is due in part to", "is due at least in part to": the cue's "due in|at" followed by a degree word. */
    private static boolean dueToACause(List<Token> tokens, Cue c) {
        return c.to() - c.from() >= 2 && tokens.get(c.to() - 2).key().equals("due")
                && DUE_LINKS.contains(tokens.get(c.to() - 1).key()) && CAUSE_DEGREES.contains(tokens.get(c.to()).key());
    }

    /** Whether no clause boundary or new predicate stands among tokens [from, to). */
    private static boolean sameClause(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BOUNDARIES.contains(tokens.get(i).key()) || startsNewPredicate(tokens, i)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NOT_YET_MARKERS = WORDS.words("not-yet-markers");

    /**
     * Whether the words [from, to) tell their act as present, to come or open ("two weeks after the ceasefire is signed",
     * "in response to any further shelling"): such an act has no day to count from.
     */
    public static boolean notYetHappened(List<Token> tokens, int from, int to) {
        return Sentence.anyKeyIn(tokens, from, to, NOT_YET_MARKERS);
    }

    /** An hour named by a word or a clock ("midnight", "dawn", "22:30"): when, not what happened. */
    public static boolean timeOfDay(Token token) {
        return TIMES_OF_DAY.contains(token.key()) || CLOCK_TIME.matcher(token.text()).matches();
    }

    /** "and" before a past-tense verb starts a new predicate: "accused X of Y and declared Z". */
    private static boolean startsNewPredicate(List<Token> tokens, int i) {
        return tokens.get(i).key().equals("and") && i + 1 < tokens.size() && tokens.get(i + 1).key().endsWith("ed");
    }

    /** Whether a cue of {@code kind} covers token {@code at}. */
    public static boolean covers(List<Cue> cues, Kind kind, int at) {
        return cues.stream().anyMatch(c -> c.kind() == kind && c.from() <= at && at < c.to());
    }

    public static boolean any(List<Cue> cues, Kind kind) {
        return cues.stream().anyMatch(c -> c.kind() == kind);
    }

    /**
     * Where the instances of a habitual statement start ("incidents occur regularly, including at X in May"):
     * the token after the first example cue that follows a generic cue; -1 when the sentence is not habitual,
     * or is habitual with no instances.
     */
    public static int instancesStart(List<Cue> cues) {
        int generic = cues.stream().filter(c -> c.kind() == Kind.GENERIC).mapToInt(Cue::from).min().orElse(-1);
        if (generic < 0) {
            return -1;
        }
        return cues.stream().filter(c -> c.kind() == Kind.EXAMPLE && c.from() > generic).mapToInt(Cue::to).min().orElse(-1);
    }
}
