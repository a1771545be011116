package org.borderwatch.analysis.parties;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.domain.Event;

/**
 * Regions of special status (a region one side holds inside the other's recognised territory): which one an event
 * happened in, from the border analysis when the event was placed on the map, else from the place names its reports
 * give and the places the conflict configuration lists in each region.
 */
public final class Regions {
    private final Map<String, String> regionByPlace = new HashMap<>();

    /** @param regionByPlaceName each region's own names and the names of places inside it, to the region's name */
    public Regions(Map<String, String> regionByPlaceName) {
        regionByPlaceName.forEach((place, region) -> regionByPlace.put(place.toLowerCase(Locale.ROOT), region));
    }

    public static Regions none() {
        return new Regions(Map.of());
    }

    /** The region the event is in, or null when it is in none (or nothing says). */
    public String regionOf(ReportedEvent event) {
        for (Event r : event.reports()) {
            if (r.border() != null && r.border().region() != null) {
                return r.border().region();
            }
        }
        for (String place : event.placeNames()) {
            String region = regionByPlace.get(place.toLowerCase(Locale.ROOT));
            if (region != null) {
                return region;
            }
        }
        return null;
    }

    /** The region a text names, or null: for what ground an agreement covers. */
    public String regionNamedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String found = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, String> e : regionByPlace.entrySet()) {
            int i = lower.indexOf(e.getKey());
            if (i >= 0 && i < at && e.getKey().length() > 2 && isWord(lower, i, e.getKey().length())) {
                found = e.getValue();
                at = i;
            }
        }
        return found;
    }

    private static boolean isWord(String text, int start, int length) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        int end = start + length;
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }
}
