package org.borderwatch.analysis.appeals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Evidence;

/**
 * Derives the register of appeals to allies. Mentions of one appeal that the event merge left apart (the same
 * requester asking the same party, on dates that fit: a day inside a month, or days apart) are one appeal; an answer
 * that cites an undated request answers that requester's appeal, or stands for one.
 */
public final class Appeals {
    private static final int SAME_APPEAL_DAYS = 3;

    private final AppealReader reader;
    private final AnswerFinder answers;

    public Appeals(Parties parties, ActorLexicon lexicon) {
        this.reader = new AppealReader(parties, lexicon);
        this.answers = new AnswerFinder(parties, lexicon);
    }

    public AppealRegister derive(RegisterInput input) {
        List<Appeal> appeals = new ArrayList<>();
        for (ReportedEvent e : input.events()) {
            reader.read(e).ifPresent(a -> addOrMerge(appeals, a));
        }
        Set<String> appealEvents = new java.util.HashSet<>();
        appeals.forEach(a -> appealEvents.addAll(a.eventIds()));
        List<AnswerFinder.Candidate> candidates = answers.candidates(input.events(), appealEvents);
        List<AppealRecord> out = new ArrayList<>();
        for (Appeal a : appeals) {
            out.add(new AppealRecord(a, answers.answer(a, candidates)));
        }
        for (ReportedEvent e : input.events()) {
            Optional<Appeal> cited = answers.citedRequest(e);
            if (cited.isPresent() && out.stream().noneMatch(r -> answeredBy(r, e))) {
                Appeal undated = cited.get();
                AnswerKind kind = answers.kindOf(e).orElse(AnswerKind.STATEMENT_ONLY);
                out.add(new AppealRecord(undated, new Answer(kind, e.date(), e.id(), e.evidence(), null)));
            }
        }
        out.sort(Comparator.comparing((AppealRecord r) -> sortDate(r)));
        return new AppealRegister(out);
    }

    private static boolean answeredBy(AppealRecord r, ReportedEvent e) {
        return e.id().equals(r.answer().eventId());
    }

    private static java.time.LocalDate sortDate(AppealRecord r) {
        if (r.appeal().date() != null) {
            return r.appeal().date().start();
        }
        return r.answer().date() != null ? r.answer().date().start() : java.time.LocalDate.MAX;
    }

    private static void addOrMerge(List<Appeal> appeals, Appeal a) {
        for (int i = 0; i < appeals.size(); i++) {
            Appeal b = appeals.get(i);
            if (b.requester().equals(a.requester()) && b.addressees().stream().anyMatch(a.addressees()::contains)
                    && datesFit(a.date(), b.date())) {
                appeals.set(i, merged(b, a));
                return;
            }
        }
        appeals.add(a);
    }

    private static boolean datesFit(DateSpan a, DateSpan b) {
        return a.contains(b.start()) || b.contains(a.start())
                || Math.abs(a.start().toEpochDay() - b.start().toEpochDay()) <= SAME_APPEAL_DAYS;
    }

    private static Appeal merged(Appeal a, Appeal b) {
        long spanA = a.date().lastDay().toEpochDay() - a.date().start().toEpochDay();
        long spanB = b.date().lastDay().toEpochDay() - b.date().start().toEpochDay();
        Appeal precise = spanB < spanA ? b : a;
        Set<String> to = new LinkedHashSet<>(a.addressees());
        to.addAll(b.addressees());
        Set<String> ids = new LinkedHashSet<>(a.eventIds());
        ids.addAll(b.eventIds());
        Set<Evidence> evidence = new LinkedHashSet<>(a.evidence());
        evidence.addAll(b.evidence());
        return new Appeal(precise.id(), precise.date(), a.requester(), List.copyOf(to),
                a.basis() != null ? a.basis() : b.basis(), List.copyOf(ids), List.copyOf(evidence),
                a.statedOutcome() != null ? a.statedOutcome() : b.statedOutcome());
    }
}
