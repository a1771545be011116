package org.borderwatch.extract.layout;

import org.borderwatch.domain.Span;

/** A block of clean text between blank lines; a heading is a short block without closing punctuation. */
public record Paragraph(int index, Span span, boolean heading) {
}
