package org.borderwatch.domain;

import java.time.Instant;

/** Where a part of the gazetteer came from, with the attribution its licence requires. */
public record GazetteerSource(String id, String description, String attribution, Instant importedAt,
                              int places, int boundaries) {
}
