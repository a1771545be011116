package org.borderwatch.extract.mention;

import java.util.Map;

/**
 * Human costs read from one sentence. {@code deathsBySide} keys deaths by country where the text
 * says whose; a null figure means the sentence says nothing about it.
 *
 * @param explicitlyNone  the text says nobody was killed or hurt, or no shot was fired
 * @param woundedUncounted the text says people were hurt without a figure ("several were injured")
 */
public record CasualtyCount(Integer deaths, Map<String, Integer> deathsBySide, Integer wounded, Integer captured,
                            Integer displaced, boolean explicitlyNone, boolean woundedUncounted) {
    public static final CasualtyCount NONE = new CasualtyCount(null, Map.of(), null, null, null, false, false);

    public CasualtyCount {
        deathsBySide = Map.copyOf(deathsBySide);
    }
}
