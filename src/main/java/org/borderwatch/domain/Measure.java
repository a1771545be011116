package org.borderwatch.domain;

/** A stated quantity such as the area seized or the depth of an advance, with the words that state it. */
public record Measure(Kind kind, double value, Unit unit, Evidence evidence) {
    public enum Kind { AREA_SEIZED, DEPTH_OF_ADVANCE, DISTANCE, OTHER }

    public enum Unit { KM, KM2 }
}
