package org.borderwatch.geo.border;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which country's forces an ACLED-style actor name denotes ("Military Forces of Azerbaijan",
 * "Police Forces of Armenia (2018-)"), or null for anyone else (civilians, governments, rebels).
 */
public final class ActorCountry {
    private static final Pattern FORCES = Pattern.compile(
            "\\b(?:military|armed|police|border|security|defen[cs]e)\\s+(?:forces|guard|troops|army)?\\s*of\\s+(?:the\\s+)?([^;(]+)",
            Pattern.CASE_INSENSITIVE);

    private ActorCountry() {
    }

    public static String forcesOf(String actor, Collection<String> countries) {
        if (actor == null) {
            return null;
        }
        for (String one : actor.split(";")) {
            Matcher m = FORCES.matcher(one);
            if (m.find()) {
                String named = m.group(1).strip().toLowerCase(Locale.ROOT);
                for (String c : countries) {
                    if (named.startsWith(c.toLowerCase(Locale.ROOT))) {
                        return c;
                    }
                }
            }
        }
        return null;
    }
}
