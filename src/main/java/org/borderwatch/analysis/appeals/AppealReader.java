package org.borderwatch.analysis.appeals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.analysis.input.ReportedEvent;
import org.borderwatch.analysis.parties.ActorLexicon;
import org.borderwatch.analysis.parties.Parties;
import org.borderwatch.analysis.text.PhraseList;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;

/**
 * Finds appeals among the events the extractor codes as other strategic developments, by the words that make one
 * ("appealed to", "requested ... assistance", "turned to ... for assistance", "invoked Article 4"). The extractor names
 * actors 1 and 2; who asked and whom are read from the words around the appeal, where they stand, and fall back on
 * those actors.
 */
final class AppealReader {
    static final PhraseList APPEAL = PhraseList.of("appeal", "appealed to", "appeal to", "appeals to", "formally appealed",
            "requested", "request for assistance", "request for help", "request for military assistance",
            "asked for assistance", "asked for help", "turned to", "invoked", "applying article", "applied article",
            "invited", "called on");
    static final PhraseList NOTHING_CAME = PhraseList.of("nothing came of it", "unsuccessfully", "to no avail",
            "without success", "no response", "unanswered", "ignored", "in vain");
    static final PhraseList REFUSED = PhraseList.of("refused", "refused", "declined", "rejected", "turned down");
    private static final Pattern BASIS = Pattern.compile(
            "(?i)\\b(article\\s+\\d+[\\w.]*(?:\\s+of\\s+(?:the|its|their)\\s+[\\p{L} -]{0,40}?(?:treaty|charter))?|bilateral\\s+treaty"
                    + "|mutual\\s+assistance|alliance\\s+treaty|collective\\s+security\\s+treaty(?!\\s+organi[sz]ation))");
    /** Where the name of whom was asked ends: "appealed to the CSTO to hold", "requested X's help due to". */
    private static final Pattern ADDRESSEE_END = Pattern.compile(
            "(?i)\\s(to|for|regarding|over|about|due|following|after|because|in)\\s|[,;.:()]");
    private static final Set<String> NOT_A_NAME_COMPOUNDS = Set.of("led", "backed", "based", "dominated", "speaking");
    private static final int REQUESTER_REACH = 160;

    private final Parties parties;
    private final ActorLexicon lexicon;

    AppealReader(Parties parties, ActorLexicon lexicon) {
        this.parties = parties;
        this.lexicon = lexicon;
    }

    Optional<Appeal> read(ReportedEvent e) {
        if (e.subEventType() != SubEventType.OTHER) {
            return Optional.empty();
        }
        String text = e.text();
        for (PhraseList.Match cue : APPEAL.allIn(text)) {
            String requester = requesterBefore(text, cue.start()).orElseGet(() -> partyOf(e.representative().actor1()));
            List<String> addressees = addresseesAfter(text, cue.end(), requester);
            if (addressees.isEmpty()) {
                String actor2 = partyOf(e.representative().actor2());
                if (actor2 != null && !actor2.equals(requester) && !"invited".equalsIgnoreCase(cue.text())) {
                    addressees = List.of(actor2);
                }
            }
            if (requester == null || addressees.isEmpty()) {
                continue;
            }
            return Optional.of(new Appeal(e.id(), e.date(), requester, addressees, basisIn(text), ids(e), e.evidence(),
                    statedOutcome(text)));
        }
        return Optional.empty();
    }

    private Optional<String> requesterBefore(String text, int cueStart) {
        int from = Math.max(0, Math.max(text.lastIndexOf('\n', cueStart - 1) + 1, cueStart - REQUESTER_REACH));
        String before = text.substring(from, cueStart);
        String found = null;
        for (ActorLexicon.Mention m : lexicon.mentions(before)) {
            if (m.compound() == null || !NOT_A_NAME_COMPOUNDS.contains(m.compound())) {
                found = m.party();
            }
        }
        return Optional.ofNullable(found);
    }

    private List<String> addresseesAfter(String text, int cueEnd, String requester) {
        String after = text.substring(cueEnd);
        int lineEnd = after.indexOf('\n');
        if (lineEnd >= 0) {
            after = after.substring(0, lineEnd);
        }
        // the first word may be "to" itself ("appealed to the CSTO"): the end is searched after it
        Matcher end = ADDRESSEE_END.matcher(after);
        int stop = after.length();
        while (end.find()) {
            if (end.start() > 4) {
                stop = end.start();
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (ActorLexicon.Mention m : lexicon.mentions(after.substring(0, stop))) {
            boolean describing = m.compound() != null && NOT_A_NAME_COMPOUNDS.contains(m.compound());
            if (!describing && !m.party().equals(requester) && !out.contains(m.party())) {
                out.add(m.party());
            }
        }
        return out;
    }

    static String basisIn(String text) {
        Matcher m = BASIS.matcher(text);
        return m.find() ? m.group(1).replaceAll("\\s+", " ") : null;
    }

    static AnswerKind statedOutcome(String text) {
        if (NOTHING_CAME.foundIn(text)) {
            return AnswerKind.NOTHING;
        }
        return REFUSED.foundIn(text) ? AnswerKind.REFUSED : null;
    }

    private String partyOf(String actor) {
        return parties.partyOf(actor).orElse(null);
    }

    private static List<String> ids(ReportedEvent e) {
        return e.reports().stream().map(Event::id).toList();
    }
}
