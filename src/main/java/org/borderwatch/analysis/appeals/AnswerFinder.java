package org.borderwatch.analysis.appeals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.text.PhraseList;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.DayRange;
import org.borderwatch.domain.SubEventType;

/**
 * Finds the answer the reports give an appeal: a later event, within {@link #HORIZON_DAYS}, in which one of the
 * parties asked acts, and whose words say what it did: sent a mission (the strongest answer, preferred), refused, or
 * only made a statement or a visit. An answer that cites the request ("following a request made by Armenia") answers
 * that requester's appeal, or stands for an appeal no report dates.
 */
final class AnswerFinder {
    static final int HORIZON_DAYS = 180;
    static final PhraseList SENT = PhraseList.of("sending", "sent", "deployed", "dispatched", "launched", "arrived",
            "deployment of", "started its work", "began its work");
    static final PhraseList MISSION = PhraseList.of("mission words", "mission", "team", "observers", "monitors",
            "delegation", "peacekeepers", "troops", "contingent", "forces");
    static final PhraseList REFUSAL = PhraseList.of("refusal", "refused", "declined", "rejected", "turned down");
    static final PhraseList STATEMENT = PhraseList.of("statement or visit", "statement", "said", "stated", "called for",
            "expressed", "urged", "consultations", "discussed", "visited", "visit", "trip");
    static final Pattern CITES_REQUEST = Pattern.compile(
            "(?i)\\b(following|after|at|upon|in response to)\\s+(a|the)\\s+request\\s+(made\\s+)?(by|of|from)\\b");

    /** An event whose words make it an answer, with the parties acting in it: read once, then matched to every appeal. */
    record Candidate(ReportedEvent event, AnswerKind kind, DateSpan date, java.util.Set<String> parties) {
    }

    private final Parties parties;
    private final ActorLexicon lexicon;

    AnswerFinder(Parties parties, ActorLexicon lexicon) {
        this.parties = parties;
        this.lexicon = lexicon;
    }

    /** The events that could answer an appeal, leaving out the appeals themselves: asking again is not an answer. */
    List<Candidate> candidates(List<ReportedEvent> events, java.util.Set<String> appealEvents) {
        List<Candidate> out = new ArrayList<>();
        for (ReportedEvent e : events) {
            if (appealEvents.contains(e.id()) || e.representative().eventType().violent()) {
                continue;
            }
            Optional<AnswerKind> kind = kindOf(e);
            if (kind.isPresent()) {
                java.util.Set<String> acting = new java.util.HashSet<>();
                e.actors().forEach(a -> parties.partyOf(a).ifPresent(acting::add));
                out.add(new Candidate(e, kind.get(), e.date(), acting));
            }
        }
        return out;
    }

    Answer answer(Appeal appeal, List<Candidate> candidates) {
        if (appeal.statedOutcome() != null) {
            return new Answer(appeal.statedOutcome(), appeal.date(), appeal.id(), appeal.evidence(), null);
        }
        List<Answer> found = new ArrayList<>();
        for (Candidate c : candidates) {
            if (within(appeal.date(), c.date()) && appeal.addressees().stream().anyMatch(c.parties()::contains)) {
                ReportedEvent e = c.event();
                found.add(new Answer(c.kind(), c.date(), e.id(), e.evidence(),
                        appeal.date() == null ? null : DayRange.between(appeal.date(), c.date())));
            }
        }
        return found.stream()
                .min(Comparator.comparing((Answer a) -> a.kind().ordinal()).thenComparing(a -> a.date().start()))
                .orElse(Answer.none());
    }

    /** An event that answers a request it cites, with the party that made the request, when its words say so. */
    Optional<Appeal> citedRequest(ReportedEvent e) {
        if (e.subEventType() != SubEventType.OTHER) {
            return Optional.empty();
        }
        String text = e.text();
        var m = CITES_REQUEST.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String answering = e.actors().stream().map(a -> parties.partyOf(a).orElse(null)).filter(p -> p != null)
                .findFirst().orElse(null);
        String requester = lexicon.mentions(text.substring(m.end())).stream().map(ActorLexicon.Mention::party)
                .filter(p -> !p.equals(answering)).findFirst().orElse(null);
        if (answering == null || requester == null) {
            return Optional.empty();
        }
        return Optional.of(new Appeal("request-" + e.id(), null, requester, List.of(answering),
                AppealReader.basisIn(text), List.of(), List.of(), null));
    }

    Optional<AnswerKind> kindOf(ReportedEvent e) {
        String text = e.text();
        if (SENT.foundIn(text) && MISSION.foundIn(text)) {
            return Optional.of(AnswerKind.MISSION_SENT);
        }
        if (REFUSAL.foundIn(text)) {
            return Optional.of(AnswerKind.REFUSED);
        }
        return STATEMENT.foundIn(text) ? Optional.of(AnswerKind.STATEMENT_ONLY) : Optional.empty();
    }

    /** On or after the appeal (an undated appeal is answered by anything), and within the horizon. */
    private static boolean within(DateSpan appeal, DateSpan answer) {
        if (appeal == null) {
            return true;
        }
        return !answer.lastDay().isBefore(appeal.start())
                && answer.start().toEpochDay() - appeal.lastDay().toEpochDay() <= HORIZON_DAYS;
    }
}
