package org.borderwatch.store;

/**
 * The mapped events of one type in one square cell of a grid over longitude and latitude: cell
 * {@code (x, y)} spans {@code [x * size - 180, (x + 1) * size - 180)} degrees of longitude and
 * {@code [y * size - 90, (y + 1) * size - 90)} of latitude. Sums rather than means, so cells can be merged.
 */
public record MapCell(long x, long y, String eventType, long events, double latSum, double lonSum, long fatalities) {
}
