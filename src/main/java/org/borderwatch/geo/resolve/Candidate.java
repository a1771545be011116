package org.borderwatch.geo.resolve;

import org.borderwatch.domain.Place;

/** A place a mention may mean, the name that matched, and how strongly the evidence points to it. */
public record Candidate(Place place, String matchedName, double score, String reasons) {
}
