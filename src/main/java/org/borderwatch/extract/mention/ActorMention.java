package org.borderwatch.extract.mention;

/**
 * An actor named in a sentence, tokens [from, to). {@code actor} is the canonical name, or null when the
 * text names only a country ({@code country} set): which of its institutions is meant depends on the event.
 * {@code person} marks a named official (or "he"/"she" standing for one), who acts for the actor.
 */
public record ActorMention(int from, int to, String actor, String country, String role, boolean person) {
    public ActorMention(int from, int to, String actor, String country, String role) {
        this(from, to, actor, country, role, false);
    }

    /** The same actor, named at other tokens. */
    public ActorMention at(int newFrom, int newTo) {
        return new ActorMention(newFrom, newTo, actor, country, role, person);
    }

    public boolean bareCountry() {
        return actor == null;
    }
}
