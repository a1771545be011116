package org.borderwatch.extract.pipeline;

/** The kinds of annotation a stage can require or add; the pipeline checks they arrive in order. */
public enum Layer {
    SENTENCES, MENTIONS, TRIGGERS, FRAMES, CLAIMS, EVENTS
}
