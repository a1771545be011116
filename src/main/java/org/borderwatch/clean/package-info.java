/**
 * Cleaning of report text: {@link org.borderwatch.clean.Cleaner#clean(String)} turns raw text into
 * {@link org.borderwatch.clean.CleanText} (paragraphs separated by a blank line, each on one line)
 * together with an {@link org.borderwatch.domain.OffsetMap} from every clean character back to its
 * raw offset. The work is a pipeline of small {@link org.borderwatch.clean.CleaningStep}s, each a
 * rule about the form of text, never about its subject; each edits a
 * {@link org.borderwatch.clean.TrackedText}, which keeps the offsets for it.
 */
package org.borderwatch.clean;
