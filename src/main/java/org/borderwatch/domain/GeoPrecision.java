package org.borderwatch.domain;

/** ACLED's geo_precision: 1 the named place itself, 2 near it or a small area, 3 a province or wider area. */
public enum GeoPrecision {
    EXACT(1), NEAR(2), REGION(3);

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
