package org.borderwatch.domain;

/**
 * The words of a document that state a fact: the span in the raw text (to show it in the original),
 * the span in the clean text (to highlight it in the cleaned view), and the text itself.
 */
public record Evidence(String documentId, Span raw, Span clean, String text) {
}
