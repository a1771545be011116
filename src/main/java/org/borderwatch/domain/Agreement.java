package org.borderwatch.domain;

import java.util.List;
import java.util.Objects;

/**
 * An agreement between parties to a conflict, as its reports state it or as a user names it: a ceasefire, a
 * trilateral statement, a pull-back deal, a prisoner exchange, a border treaty. Violations are tied to it.
 *
 * @param parties        who is bound: countries or organisations, as the conflict configuration names them
 * @param partiesAssumed true when the reports name fewer than two parties, so the conflict's sides are assumed
 * @param mediator       who brokered it, null when no report says
 * @param ended          the day it ended when a user states one; null otherwise (the register finds what superseded it)
 * @param eventIds       the extracted events that state it (none for an agreement only a user named)
 */
public record Agreement(String id, String name, AgreementKind kind, DateSpan date, List<String> parties,
                        boolean partiesAssumed, String mediator, Area area, DateSpan ended, List<Evidence> evidence,
                        List<String> eventIds) {
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        parties = List.copyOf(parties);
        area = area == null ? Area.EVERYWHERE : area;
        evidence = List.copyOf(evidence);
        eventIds = List.copyOf(eventIds);
    }

    /**
     * The ground an agreement covers: everywhere its parties fight, their border (outside any region of special
     * status), or one region of special status.
     */
    public record Area(Scope scope, String region) {
        public enum Scope { EVERYWHERE, BORDER, REGION }

        public static final Area EVERYWHERE = new Area(Scope.EVERYWHERE, null);
        public static final Area BORDER = new Area(Scope.BORDER, null);

        public Area {
            Objects.requireNonNull(scope, "scope");
            if ((scope == Scope.REGION) != (region != null)) {
                throw new IllegalArgumentException("a region area, and only it, names its region");
            }
        }

        public static Area region(String name) {
            return new Area(Scope.REGION, name);
        }

        /**
         * Whether an event is on this ground. {@code eventRegion} is the region of special status the event is in
         * (null when none); an event whose place is unknown is covered only by an agreement that covers everywhere.
         */
        public boolean covers(boolean placeKnown, String eventRegion) {
            return switch (scope) {
                case EVERYWHERE -> true;
                case BORDER -> placeKnown && eventRegion == null;
                case REGION -> placeKnown && region.equalsIgnoreCase(String.valueOf(eventRegion));
            };
        }

        public String label() {
            return switch (scope) {
                case EVERYWHERE -> "everywhere";
                case BORDER -> "the border";
                case REGION -> region;
            };
        }
    }
}
