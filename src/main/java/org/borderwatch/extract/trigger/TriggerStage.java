package org.borderwatch.extract.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.extract.layout.LayoutStage;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.layout.Token;
import org.borderwatch.extract.pipeline.Annotation;
import org.borderwatch.extract.pipeline.Layer;
import org.borderwatch.extract.pipeline.Stage;

/**
 * Finds event triggers in each sentence and drops those the sentence does not assert as having
 * happened: negated ("did not cross", "without any skirmishes") or under an irrealis cue in the same
 * clause ("would be deployed", "calls for a ceasefire", "accused X of violating").
 */
public final class TriggerStage implements Stage {
    /** The asserted event triggers of each sentence; those of sentence i are at index i. */
    public static final Layer<List<List<Trigger>>> TRIGGERS = Layer.named("TRIGGERS");

    private static final int NEGATION_WINDOW = 2;
    private static final int IRREALIS_WINDOW = 10;
    private static final int BACKGROUND_WINDOW = 6;
    private static final int SPEECH_WINDOW = 8;
    private static final int CONVENED_WINDOW = 3;
    private static final int REFERENCE_WINDOW = 4;
    private static final int SEQUENCE_REACH = 3;

    private final PatternLexicon lexicon;
    private final Cues cues;

    public TriggerStage(PatternLexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
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
        return Set.of(LayoutStage.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TRIGGERS);
    }

    @Override
    public void process(Annotation a) {
        List<List<Trigger>> out = new ArrayList<>();
        for (Sentence s : a.get(LayoutStage.SENTENCES)) {
            out.add(find(s.tokens()));
        }
        a.put(TRIGGERS, out.stream().map(List::copyOf).toList());
    }

    /** "the necessity to withdraw", "in order to advance": an infinitive is not a report, unless "began to". */
    private static boolean infinitive(List<Token> tokens, int at, List<Cues.Cue> found) {
        if (at == 0 || !tokens.get(at - 1).key().equals("to")) {
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

    private static final Set<String> MODALS_AFTER = Set.of("likely", "unlikely", "expected", "possible", "could",
            "would", "might", "will", "may");

    /** "further clashes are likely", "the fighting could resume": a noun whose own predicate is a forecast. */
    private static boolean modalAfter(List<Token> tokens, int after) {
        for (int i = after; i < Math.min(tokens.size(), after + 3); i++) {
            if (MODALS_AFTER.contains(tokens.get(i).key()) && !tokens.get(i).isCapitalised()) { // "May" is a month
                return true;
            }
        }
        return false;
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

    /** The asserted triggers of one sentence's tokens. */
    public List<Trigger> find(List<Token> tokens) {
        List<PatternLexicon.Hit> hits = lexicon.findAll(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Cues.Cue> found = cues.find(tokens);
        if (Cues.any(found, Cues.Kind.GENERIC) && Cues.instancesStart(found) < 0) {
            return List.of(); // "has regularly violated": a pattern, not an event (unless it names dated instances)
        }
        List<Trigger> kept = new ArrayList<>();
        List<Trigger> background = new ArrayList<>();
        boolean allNominal = true;
        boolean previousIrrealis = false;
        int battleEnd = -1;
        for (PatternLexicon.Hit h : hits) {
            if (battleEnd >= 0 && h.from() >= battleEnd && h.label().equals("TERRITORY")) {
                continue; // "the fighting ended with troops taking control of ...": the ground is the battle's outcome
            }
            int sequence = sequenceStart(tokens, h.from());
            boolean irrealis = Cues.governs(found, Cues.Kind.IRREALIS, tokens, h.from(), IRREALIS_WINDOW)
                    || sequence >= 0 && (previousIrrealis || found.stream()
                            .anyMatch(c -> c.kind() == Cues.Kind.IRREALIS && c.to() <= sequence));
            previousIrrealis = irrealis;
            irrealis |= nominalEvent(found, h) && modalAfter(tokens, h.to());
            if (irrealis || Cues.governs(found, Cues.Kind.NEGATION, tokens, h.from(), NEGATION_WINDOW)
                    || nominalEvent(found, h) && Cues.governs(found, Cues.Kind.REFERENCE, tokens, h.from(), REFERENCE_WINDOW)
                    || infinitive(tokens, h.from(), found)) {
                continue;
            }
            if (h.to() < tokens.size() && Cues.covers(found, Cues.Kind.END, h.to()) && h.label().equals("CLASH")) {
                battleEnd = h.to();
                continue; // "clashes stopped": the end of fighting reported elsewhere
            }
            boolean nominal = nominalEvent(found, h); // "military operation", "armed escalation"
            // "convened an emergency meeting": the noun is the object of its own happening, so it is reported
            nominal &= !Cues.governs(found, Cues.Kind.CONVENED, tokens, h.from(), CONVENED_WINDOW);
            allNominal &= nominal;
            if (nominal && Cues.governs(found, Cues.Kind.SPEECH, tokens, h.from(), SPEECH_WINDOW)) {
                continue; // "condemned the invasion": speech about an event, not its report
            }
            StringBuilder text = new StringBuilder();
            for (int i = h.from(); i < h.to(); i++) {
                text.append(i > h.from() ? " " : "").append(tokens.get(i).text());
            }
            Trigger t = new Trigger(TriggerClass.valueOf(h.label()), h.from(), h.to(), text.toString());
            if (Cues.governs(found, Cues.Kind.BACKGROUND, tokens, h.from(), BACKGROUND_WINDOW)) {
                background.add(t);
            } else {
                kept.add(t);
            }
        }
        if (allNominal && Cues.any(found, Cues.Kind.SPEECH)) {
            return List.of(); // a sentence about statements that names events only as things
        }
        if (kept.isEmpty()) {
            return background;
        }
        if (kept.stream().allMatch(t -> t.triggerClass() == TriggerClass.CASUALTY)) {
            // "wounded as a result of a shelling attack": the cause names how the harm was done
            background.stream().filter(t -> t.triggerClass().violent()).forEach(kept::add);
        }
        return kept;
    }
}
