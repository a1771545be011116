package org.borderwatch.analysis.sources;

import java.util.List;

/**
 * Whose word one document's report of an event rests on: the claimants it quotes as asserting the event (with the
 * side each speaks for, null when none or unknown), else its publisher's side.
 *
 * @param side  the side this report rests on; null when it rests on no one side (neutral, unknown, or several)
 * @param basis how the side was found: "claimant", "publisher", or "none"
 */
public record ReportSource(String eventId, String documentId, String publisher, String publisherSide,
                           String publisherKind, List<ClaimantSide> claimants, String side, String basis) {
    public ReportSource {
        claimants = List.copyOf(claimants);
    }

    /** A claimant a report quotes as asserting the event, and the side it speaks for (null when none or unknown). */
    public record ClaimantSide(String claimant, String side) {
    }
}
