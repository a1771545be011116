package org.borderwatch.clean;

/**
 * One small, named transformation of text on its way from raw to clean. Steps edit a
 * {@link TrackedText}, which carries every character's raw offset along, so no step has to
 * think about the offset map.
 */
public interface CleaningStep {
    /** A short name for logs and diagnostics, such as "drop-citation-markers". */
    String name();

    void apply(TrackedText text);
}
