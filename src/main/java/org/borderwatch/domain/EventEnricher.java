package org.borderwatch.domain;

/**
 * A step that adds to events after extraction, using the document they came from for context
 * (geocoding, border analysis). Lives here so extraction need not know who enriches its output.
 */
@FunctionalInterface
public interface EventEnricher {
    Event enrich(Event event, Document document);
}
