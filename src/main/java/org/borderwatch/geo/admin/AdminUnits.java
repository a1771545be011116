package org.borderwatch.geo.admin;

/**
 * The units a point lies in. {@code admin1Nearest} is true when no region polygon contains the point
 * and the nearest region of the same country was taken (coarse region outlines miss some border villages);
 * {@code countryNearest} likewise for a point just outside every country outline.
 */
public record AdminUnits(String country, String admin1, String regionTag, boolean countryNearest, boolean admin1Nearest) {
    public static final AdminUnits NONE = new AdminUnits(null, null, null, false, false);
}
