package org.borderwatch.extract.mention;

/**
 * An actor named in a sentence, tokens [from, to). {@code actor} is the canonical name, or null when the
 * text names only a country ({@code country} set): which of its institutions is meant depends on the event.
 */
public record ActorMention(int from, int to, String actor, String country, String role) {
    public boolean bareCountry() {
        return actor == null;
    }
}
