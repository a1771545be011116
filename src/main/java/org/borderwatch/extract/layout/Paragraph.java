package org.borderwatch.extract.layout;

import org.borderwatch.domain.Span;

/**
 * A block of clean text between blank lines; a heading is a short block without closing punctuation, the
 * title is the document's first block when it is one line without closing punctuation or the document's title.
 */
public record Paragraph(int index, Span span, boolean heading, boolean title) {
}
