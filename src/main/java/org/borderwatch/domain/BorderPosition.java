package org.borderwatch.domain;

/**
 * Where an event stands relative to the internationally recognised border: the country whose
 * territory it is in, how far it is from the border, and, for an action of one side's forces,
 * how deep inside the other side's territory it happened (null when it is on its own side).
 * {@code region} tags areas of special status, such as a disputed region inside a recognised country.
 */
public record BorderPosition(String recognisedCountry, Double distanceToBorderKm, Double depthInsideOtherSideKm, String region) {
    public boolean crossBorder() {
        return depthInsideOtherSideKm != null && depthInsideOtherSideKm > 0;
    }
}
