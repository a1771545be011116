package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds event triggers in each sentence and drops those the sentence does not assert as having
 * happened: negated ("did not cross", "without any skirmishes") or under an irrealis cue in the same
 * clause ("would be deployed", "calls for a ceasefire", "accused X of violating").
 */
public final class TriggerStage implements Stage {
    private static final int NEGATION_WINDOW = 2;
    private static final int IRREALIS_WINDOW = 6;

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
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TRIGGERS);
    }

    @Override
    public void process(Annotation a) {
        List<List<Trigger>> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            out.add(find(s.tokens()));
        }
        a.setTriggers(out);
    }

    /** The asserted triggers of one sentence's tokens. */
    public List<Trigger> find(List<Token> tokens) {
        List<PatternLexicon.Hit> hits = lexicon.findAll(tokens);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Cues.Cue> found = cues.find(tokens);
        List<Trigger> kept = new ArrayList<>();
        for (PatternLexicon.Hit h : hits) {
            if (Cues.governs(found, Cues.Kind.NEGATION, tokens, h.from(), NEGATION_WINDOW)
                    || Cues.governs(found, Cues.Kind.IRREALIS, tokens, h.from(), IRREALIS_WINDOW)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int i = h.from(); i < h.to(); i++) {
                text.append(i > h.from() ? " " : "").append(tokens.get(i).text());
            }
            kept.add(new Trigger(TriggerClass.valueOf(h.label()), h.from(), h.to(), text.toString()));
        }
        return kept;
    }
}
