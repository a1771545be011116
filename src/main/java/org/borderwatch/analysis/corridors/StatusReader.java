package org.borderwatch.analysis.corridors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.input.SourceDocument;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.text.PhraseList;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.Evidence;

/**
 * Reads what events say of configured routes. The extractor codes a road closure, a checkpoint or a sit-in as a
 * strategic development or a protest but says nothing of a route's status, so small named rules read it from the
 * evidence: a reopening beats everything, partial passage means restricted, a closure means closed (unless told as
 * past: "had previously blockaded"), a checkpoint or toll alone means restricted.
 */
final class StatusReader {
    static final PhraseList REOPENED = PhraseList.of("reopening", "reopen*", "re-open*", "lifted the blockade",
            "blockade was lifted", "blockade lifted", "was lifted", "were lifted", "has been lifted", "unblock*",
            "traffic resumed", "resumed traffic",
            "traffic was restored", "restored traffic", "ended the blockade", "end of the blockade", "opened the road",
            "road was opened", "road opened", "opening of the road");
    static final PhraseList PARTIAL = PhraseList.of("partial passage", "partly", "partially", "alleviat*", "eased",
            "escort*", "let through", "allowed through", "allowed to pass", "convoy*", "humanitarian deliver*",
            "passed through");
    static final PhraseList CLOSURE = PhraseList.of("closure", "blockad*", "block", "blocked", "blocking", "blocks",
            "closed", "closing", "closure*", "cut off", "sealed off", "shut", "sit-in", "halted traffic",
            "traffic halted", "no traffic");
    static final PhraseList CHECKS = PhraseList.of("checks", "checkpoint*", "check-point*", "checks", "inspect*",
            "toll*", "tax*", "customs", "levy", "levies");
    static final PhraseList ROAD_WORDS = PhraseList.of("road words", "road*", "highway*", "route*", "corridor*",
            "section*", "checkpoint*", "bridge*");
    /** "The blockade was eased": a sentence about a route the sentence before named. */
    static final PhraseList ANAPHOR = PhraseList.of("route named before", "the blockade", "the road", "the corridor",
            "the highway", "the closure", "the route", "the checkpoint");
    /** "Has been blocked since", "remains closed": the status still held when the report was published. */
    static final PhraseList ONGOING = PhraseList.of("still holding", "since", "has been", "have been", "remains",
            "remain", "continues", "continue", "still");
    private static final Pattern TOLD_AS_PAST = Pattern.compile("(?i)\\b(previously|earlier|formerly|once|had)\\s+(been\\s+)?$");
    /** How far back, in characters of the same document, a sentence about "the blockade" looks for the route it means. */
    private static final int ANAPHOR_REACH = 600;

    /** A route with its names and places ready to be looked for. */
    private record Named(Route route, PhraseList names, PhraseList places) {
        static Named of(Route r) {
            return new Named(r, PhraseList.of(r.name(), r.names()), PhraseList.of(r.name() + " places", r.places()));
        }

        /** Named by one of its names, or by a place along it beside a word for a road. */
        boolean in(String text, List<String> placeNames) {
            if (names.foundIn(text) || placeNames.stream().anyMatch(names::foundIn)) {
                return true;
            }
            return places.foundIn(text) && ROAD_WORDS.foundIn(text);
        }
    }

    private final List<Named> routes;
    private final Parties parties;

    StatusReader(List<Route> routes, Parties parties) {
        this.routes = routes.stream().map(Named::of).toList();
        this.parties = parties;
    }

    List<StatusObservation> read(RegisterInput input) {
        List<StatusObservation> out = new ArrayList<>();
        List<ReportedEvent> unplaced = new ArrayList<>();
        for (ReportedEvent e : input.events()) {
            EventType type = e.representative().eventType();
            if (type.violent()) {
                continue;
            }
            String text = e.text();
            Optional<Reading> status = statusIn(text);
            if (status.isEmpty()) {
                continue;
            }
            boolean placed = false;
            for (Named r : routes) {
                if (r.in(text, e.placeNames())) {
                    out.add(observation(r.route(), status.get(), e, input));
                    placed = true;
                }
            }
            if (!placed && ANAPHOR.foundIn(text)) {
                unplaced.add(e);
            }
        }
        for (ReportedEvent e : unplaced) {
            routeNamedJustBefore(e, out).ifPresent(routeId -> routes.stream().map(Named::route)
                    .filter(r -> r.id().equals(routeId)).findFirst()
                    .ifPresent(r -> out.add(observation(r, statusIn(e.text()).orElseThrow(), e, input))));
        }
        return out;
    }

    private record Reading(RouteStatus status, String rule) {
    }

    static Optional<Reading> statusIn(String text) {
        Optional<PhraseList.Match> m = REOPENED.firstIn(text);
        if (m.isPresent()) {
            return Optional.of(new Reading(RouteStatus.OPEN, "reopening: '" + m.get().text() + "'"));
        }
        m = PARTIAL.firstIn(text);
        if (m.isPresent()) {
            return Optional.of(new Reading(RouteStatus.RESTRICTED, "partial passage: '" + m.get().text() + "'"));
        }
        for (PhraseList.Match c : CLOSURE.allIn(text)) {
            String before = text.substring(Math.max(0, c.start() - 25), c.start());
            if (!TOLD_AS_PAST.matcher(before).find()) {
                return Optional.of(new Reading(RouteStatus.CLOSED, "closure: '" + c.text() + "'"));
            }
        }
        m = CHECKS.firstIn(text);
        return m.map(c -> new Reading(RouteStatus.RESTRICTED, "checkpoint or toll: '" + c.text() + "'"));
    }

    /** The route of the nearest status sentence before this one in the same document, within reach. */
    private static Optional<String> routeNamedJustBefore(ReportedEvent e, List<StatusObservation> placed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Evidence mine : e.evidence()) {
            for (StatusObservation o : placed) {
                for (Evidence theirs : o.evidence()) {
                    if (theirs.documentId().equals(mine.documentId()) && theirs.clean() != null && mine.clean() != null) {
                        int distance = mine.clean().start() - theirs.clean().end();
                        if (distance >= 0 && distance <= ANAPHOR_REACH && distance < bestDistance) {
                            bestDistance = distance;
                            best = o.routeId();
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private StatusObservation observation(Route r, Reading reading, ReportedEvent e, RegisterInput input) {
        Set<String> causedBy = new LinkedHashSet<>();
        for (Event report : e.reports()) {
            if (report.actor1() != null && parties.partyOf(report.actor1()).isPresent()) {
                causedBy.add(report.actor1());
            }
        }
        LocalDate seenUntil = null;
        if (reading.status() != RouteStatus.OPEN && ONGOING.foundIn(e.text())) {
            for (Event report : e.reports()) {
                SourceDocument d = input.document(report.documentId());
                if (d.published() != null && (seenUntil == null || d.published().start().isAfter(seenUntil))) {
                    seenUntil = d.published().start();
                }
            }
        }
        return new StatusObservation(r.id(), reading.status(), e.date(), seenUntil, List.copyOf(causedBy), e.id(),
                e.evidence(), reading.rule());
    }
}
