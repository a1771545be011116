package org.borderwatch.analysis.corridors;

/** What a report says of a route at a date. */
public enum RouteStatus {
    OPEN,
    /** Passable with limits: checkpoints, tolls, escorted or partial traffic, convoys let through. */
    RESTRICTED,
    CLOSED
}
