package org.borderwatch.store;

import org.borderwatch.domain.Stance;

/** For the claims ledger: how many events a claimant takes a stance on. A null claimant is the texts' own voice. */
public record ClaimantCount(String claimant, Stance stance, long events) {
}
