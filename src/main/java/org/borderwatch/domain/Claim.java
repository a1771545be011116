package org.borderwatch.domain;

/** Who said what about an event, with the words that say so. A null claimant means the text's own voice. */
public record Claim(String claimant, Stance stance, Evidence evidence) {
}
